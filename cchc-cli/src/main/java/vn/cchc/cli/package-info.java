/** The {@code cchc} command line, built on picocli. Run {@code cchc --help}. */
package vn.cchc.cli;
