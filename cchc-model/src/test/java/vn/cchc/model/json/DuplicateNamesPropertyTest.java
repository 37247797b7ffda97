package vn.cchc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The codecs' own duplicate-name check ({@link DuplicateNames}, in front of either Jackson line) refuses exactly
 * the documents that Jackson's {@code STRICT_DUPLICATE_DETECTION} refuses: generated documents of nested objects
 * and arrays whose names come from four letters, so that repeats — in the same object, in sibling objects, at
 * other depths — are common. Read token by token and with {@code skipChildren}, the path databind takes for a
 * value it does not bind.
 */
class DuplicateNamesPropertyTest {
  private static final com.fasterxml.jackson.core.JsonFactory STRICT2 = com.fasterxml.jackson.core.JsonFactory.builder()
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final com.fasterxml.jackson.core.JsonFactory PLAIN2 = new com.fasterxml.jackson.core.JsonFactory();
  private static final tools.jackson.core.json.JsonFactory PLAIN3 = new tools.jackson.core.json.JsonFactory();

  private static void value(SplittableRandom r, StringBuilder sb, int depth) {
    int kind = depth > 4 ? 2 : r.nextInt(4);
    if (kind == 0) {
      sb.append('{');
      int n = r.nextInt(6);
      for (int i = 0; i < n; i++) {
        sb.append(i > 0 ? "," : "").append('"').append((char) ('a' + r.nextInt(4))).append("\":");
        value(r, sb, depth + 1);
      }
      sb.append('}');
    } else if (kind == 1) {
      sb.append('[');
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        sb.append(i > 0 ? "," : "");
        value(r, sb, depth + 1);
      }
      sb.append(']');
    } else {
      sb.append(r.nextInt(10));
    }
  }

  private static String document(long seed) {
    StringBuilder sb = new StringBuilder("{\"a\":");
    value(new SplittableRandom(seed), sb, 0);
    return sb.append(",\"b\":[{\"a\":1},{\"a\":2}]}").toString(); // sibling objects may repeat names
  }

  private static boolean jacksonRefuses(String doc) {
    try (var p = STRICT2.createParser(doc)) {
      while (p.nextToken() != null) {
        // read every token
      }
      return false;
    } catch (java.io.IOException e) {
      return true;
    }
  }

  private static boolean refused2(String doc, boolean skip) {
    try (var p = new Jackson2Support.StrictNames(PLAIN2.createParser(doc))) {
      for (var t = p.nextToken(); t != null; t = p.nextToken()) {
        if (skip && t == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
          p.skipChildren();
        }
      }
      return false;
    } catch (java.io.IOException e) {
      assertThat(e.getMessage()).contains("duplicate property");
      return true;
    }
  }

  private static boolean refused3(String doc, boolean skip) {
    try (var p = new Jackson3Support.StrictNames(PLAIN3.createParser(tools.jackson.core.ObjectReadContext.empty(),
        doc))) {
      for (var t = p.nextToken(); t != null; t = p.nextToken()) {
        if (skip && t == tools.jackson.core.JsonToken.START_ARRAY) {
          p.skipChildren();
        }
      }
      return false;
    } catch (tools.jackson.core.JacksonException e) {
      assertThat(e.getMessage()).contains("duplicate property");
      return true;
    }
  }

  @Test
  void refusesExactlyWhatJacksonsStrictDetectionRefuses() {
    int[] refusals = new int[1];
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      String doc = document(seed);
      boolean expected = jacksonRefuses(doc);
      refusals[0] += expected ? 1 : 0;
      assertThat(refused2(doc, false)).as("Jackson 2: %s", doc).isEqualTo(expected);
      assertThat(refused3(doc, false)).as("Jackson 3: %s", doc).isEqualTo(expected);
      assertThat(refused2(doc, true)).as("Jackson 2, skipping arrays: %s", doc).isEqualTo(expected);
      assertThat(refused3(doc, true)).as("Jackson 3, skipping arrays: %s", doc).isEqualTo(expected);
    });
    assertThat(refusals[0]).as("the generator makes both kinds of document").isBetween(100, 1900);
  }
}
