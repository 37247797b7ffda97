package vn.cchc.model.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import vn.cchc.model.InvalidModelException;

/**
 * The one Immutables style of every cchc value type, applied per package in {@code package-info.java}.
 *
 * <p>Generated implementations are named {@code Immutable*}, use only the JDK, and report every broken
 * invariant or missing attribute as an {@link InvalidModelException} (never a {@code NullPointerException}).
 * Each abstract type offers {@code builder()} (and {@code of(...)} where it is small) so that user code
 * rarely names a generated class.
 *
 * <p>Not API: its package is exported only to the cchc modules whose value types use it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    depluralize = true,
    throwForInvalidImmutableState = InvalidModelException.class,
    throwForNullPointer = InvalidModelException.class,
    defaults = @Value.Immutable(copy = true))
public @interface CchcStyle {}
