package vn.cchc.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.NarrativeBlock;
import vn.cchc.model.NarrativeSection;
import vn.cchc.model.Unit;
import vn.cchc.model.VietnameseNumber;
import vn.cchc.rules.tolerance.Tolerance;
import vn.cchc.rules.tolerance.Verdict;

/**
 * narrative.*: figures claimed in the running text. Patterns (documented in docs/rules.md):
 * a fraction "a/b" followed in the same sentence by "đạt x%" or "tỷ lệ x%"; a total with "trong
 * đó" and its breakdown, inline ("19, trong đó: cán bộ là 11 người, công chức là 08 người") or as
 * the sub-bullets ("+ …: n") under the total's bullet. Internal.
 */
final class NarrativeRules implements Rule {
  static final String NUM = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)";
  static final Pattern FRACTION = Pattern.compile("(?<![\\d/.,\\p{L}])" + NUM + "/" + NUM + "(?![\\d/]|\\.\\d)");
  static final Pattern PERCENT_CLAIM = Pattern.compile(
      "(?:đạt|tỷ lệ|tỉ lệ)\\s*(?:tỷ lệ\\s*|tỉ lệ\\s*)?(?:là\\s*)?(\\d+(?:,\\d+)?)\\s*%", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  static final Pattern NUMBER = Pattern.compile("(?<![\\d/.,%\\p{L}])" + NUM + "(?![\\d/%\\p{L}]|,\\d|\\.\\d)");
  static final Pattern SENTENCE_END = Pattern.compile("[.;](?=\\s|$)");
  static final Pattern TRONG_DO = Pattern.compile("trong đó", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Structure s;

  NarrativeRules(Structure s) {
    this.s = s;
  }

  @Override
  public String id() {
    return "narrative";
  }

  record Located(NarrativeBlock block, String path) {}

  record Titled(NarrativeSection section, String path) {}

  static List<Titled> titles(vn.cchc.model.Report r) {
    List<Located> ignored = new ArrayList<>();
    List<Titled> out = new ArrayList<>();
    for (NarrativeSection sec : r.sections()) {
      walk(sec, "", ignored, out);
    }
    return out;
  }

  static List<Located> blocks(vn.cchc.model.Report r) {
    List<Located> out = new ArrayList<>();
    r.preamble().forEach(b -> out.add(new Located(b, "")));
    for (NarrativeSection sec : r.sections()) {
      walk(sec, "", out, new ArrayList<>());
    }
    r.closing().forEach(b -> out.add(new Located(b, "")));
    return out;
  }

  private static void walk(NarrativeSection sec, String parent, List<Located> out, List<Titled> titles) {
    String m = NarrativeSection.normalizeMarker(sec.marker());
    String path;
    if (parent.isEmpty()) {
      path = m;
    } else {
      String last = parent.contains(".") ? parent.substring(parent.lastIndexOf('.') + 1) : parent;
      path = m.startsWith(last + ".") ? parent + m.substring(last.length()) : parent + "." + m;
    }
    titles.add(new Titled(sec, path));
    sec.blocks().forEach(b -> out.add(new Located(b, path)));
    sec.children().forEach(c -> walk(c, path, out, titles));
  }

  @Override
  public List<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<Located> all = blocks(ctx.report());
    for (int i = 0; i < all.size(); i++) {
      Located l = all.get(i);
      fractions(ctx, l, out);
      inlineTotals(l, out);
      bulletTotals(all, i, out);
    }
    return out;
  }

  private ImmutableFinding.Builder place(ImmutableFinding.Builder b, Located l) {
    b.location(l.block().location());
    if (!l.path().isEmpty()) {
      b.sectionPath(l.path());
    }
    return b;
  }

  static BigDecimal parse(String vn) {
    return VietnameseNumber.parse(vn).value();
  }

  private void fractions(RuleContext ctx, Located l, List<Finding> out) {
    String t = l.block().text();
    Matcher m = FRACTION.matcher(t);
    while (m.find()) {
      BigDecimal a = parse(m.group(1));
      BigDecimal b = parse(m.group(2));
      String frac = m.group();
      int end = sentenceEnd(t, m.end());
      Matcher next = FRACTION.matcher(t).region(m.end(), end);
      int limit = next.find() ? next.start() : end;
      Matcher p = PERCENT_CLAIM.matcher(t).region(m.end(), limit);
      if (p.find() && b.signum() != 0) {
        BigDecimal x = parse(p.group(1));
        int d = Math.max(0, x.scale());
        BigDecimal exact = Tolerance.percentage(a, b);
        Verdict v = Tolerance.verdict(exact, x, d);
        BigDecimal shown = Tolerance.display(exact, d);
        if (v == Verdict.INCONSISTENT) {
          out.add(place(Findings.of("narrative.fraction-mismatch", Severity.ERROR, frac, x, shown), l)
              .expected(shown).actual(x).build());
        } else if (v == Verdict.TRUNCATED) {
          out.add(place(Findings.of("narrative.fraction-truncated", Severity.INFO, frac, x, shown), l)
              .expected(shown).actual(x).build());
        }
      }
      appendix(ctx, l, t.substring(m.end()), a, b, frac, out);
    }
  }

  /** Compares a narrative fraction with the appendix ratio that counts the same unit and shares one of its numbers. */
  private void appendix(RuleContext ctx, Located l, String after, BigDecimal a, BigDecimal b, String frac, List<Finding> out) {
    String rest = Structure.norm(after);
    List<Finding> found = new ArrayList<>();
    int candidates = 0;
    for (Structure.RatioSpec r : s.ratios) {
      Optional<String> unit = ctx.definition(r.numeratorId()).flatMap(vn.cchc.model.catalogue.IndicatorDefinition::unit)
          .map(Unit::label).map(Structure::norm);
      if (unit.isEmpty() || !rest.startsWith(unit.get())) {
        continue;
      }
      DerivedValue dv = ctx.derived().get(r.id());
      if (dv == null) {
        continue;
      }
      BigDecimal n = dv.numerator().orElseThrow();
      BigDecimal d = dv.denominator().orElseThrow();
      boolean sameN = n.compareTo(a) == 0;
      boolean sameD = d.compareTo(b) == 0;
      if (sameN && sameD) {
        return;
      }
      if (sameN || sameD) {
        candidates++;
        BigDecimal expected = sameN ? d : n;
        BigDecimal actual = sameN ? b : a;
        found.add(place(Findings.of("narrative.fraction-appendix", Severity.ERROR, frac, r.id(),
            n.toPlainString() + "/" + d.toPlainString()), l)
            .addIndicatorIds(r.id(), r.numeratorId(), r.denominatorId()).expected(expected).actual(actual).build());
      }
    }
    if (candidates == 1) {
      out.addAll(found);
    }
  }

  private static int sentenceEnd(String t, int from) {
    Matcher e = SENTENCE_END.matcher(t);
    return e.find(from) ? e.start() : t.length();
  }

  static List<BigDecimal> numbers(String text) {
    List<BigDecimal> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(parse(m.group(1)));
    }
    return out;
  }

  private void inlineTotals(Located l, List<Finding> out) {
    String t = l.block().text();
    Matcher td = TRONG_DO.matcher(t);
    while (td.find()) {
      String before = t.substring(Math.max(0, td.start() - 40), td.start());
      Matcher total = Pattern.compile(NUM + "[\\p{L}\\s]{0,20},\\s*$").matcher(before);
      if (!total.find()) {
        continue;
      }
      int end = sentenceEnd(t, td.end());
      String tail = t.substring(td.end(), end).replaceFirst("^\\s*:", "");
      String[] items = tail.split("[,;]");
      List<BigDecimal> parts = new ArrayList<>();
      for (String item : items) {
        List<BigDecimal> ns = numbers(item);
        if (ns.size() != 1) {
          parts.clear();
          break;
        }
        parts.add(ns.get(0));
      }
      if (parts.size() >= 2) {
        sum(l, parse(total.group(1)), parts, out);
      }
    }
  }

  private void bulletTotals(List<Located> all, int i, List<Finding> out) {
    Located l = all.get(i);
    if (l.block().kind() == NarrativeBlock.Kind.SUB_BULLET || !TRONG_DO.matcher(l.block().text()).find()) {
      return;
    }
    List<BigDecimal> head = numbers(l.block().text());
    if (head.size() != 1) {
      return;
    }
    List<BigDecimal> parts = new ArrayList<>();
    for (int j = i + 1; j < all.size() && all.get(j).block().kind() == NarrativeBlock.Kind.SUB_BULLET; j++) {
      List<BigDecimal> ns = numbers(all.get(j).block().text());
      if (ns.size() != 1) {
        return;
      }
      parts.add(ns.get(0));
    }
    if (parts.size() >= 2) {
      sum(l, head.get(0), parts, out);
    }
  }

  private void sum(Located l, BigDecimal total, List<BigDecimal> parts, List<Finding> out) {
    BigDecimal s = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (s.compareTo(total) != 0) {
      StringBuilder sb = new StringBuilder();
      for (BigDecimal p : parts) {
        sb.append(sb.length() == 0 ? "" : " + ").append(p.toPlainString());
      }
      out.add(place(Findings.of("narrative.total-mismatch", Severity.ERROR, total, sb.toString(), s), l)
          .expected(s).actual(total).build());
    }
  }
}
