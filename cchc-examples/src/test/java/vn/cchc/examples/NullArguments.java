package vn.cchc.examples;

import com.google.common.testing.ArbitraryInstances;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.cchc.model.InvalidModelException;

/**
 * Passes {@code null} to each reference parameter of public constructors and methods, the other arguments
 * being ordinary values, and says where {@code null} was accepted in silence or met by an exception of the wrong
 * kind. Accepted answers are a {@link NullPointerException} (from {@code Objects.requireNonNull} with the
 * parameter's name) and an {@link IllegalArgumentException} such as {@link InvalidModelException} (what the
 * Immutables style of the model throws, naming the attribute; records that say which part is missing). The cause
 * of an exception ({@code Throwable}) is left out: a null cause means "none", as everywhere in Java. Like Guava's
 * {@code NullPointerTester}, which accepts only the first; Guava's {@link ArbitraryInstances} gives the ordinary
 * values of JDK types.
 */
final class NullArguments {
  private final Map<Class<?>, Object> defaults = new HashMap<>();

  <T> NullArguments with(Class<T> type, T value) {
    defaults.put(type, value);
    return this;
  }

  /** Problems of the public constructors and static methods of a type. */
  List<String> staticProblems(Class<?> type) {
    List<String> problems = new ArrayList<>();
    if (Modifier.isAbstract(type.getModifiers()) == false) {
      for (Constructor<?> c : type.getConstructors()) {
        problems.addAll(check(c, null));
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
        problems.addAll(check(m, null));
      }
    }
    return problems;
  }

  /** Problems of the public instance methods, declared by cchc types, of an object. */
  List<String> instanceProblems(Object target, Predicate<Method> skip) {
    List<String> problems = new ArrayList<>();
    for (Method m : target.getClass().getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass().getName().startsWith("vn.cchc.")
          && !m.getName().equals("equals") && !m.isSynthetic() && !m.isBridge() && !skip.test(m)) {
        problems.addAll(check(m, target));
      }
    }
    return problems;
  }

  private List<String> check(Executable e, Object target) {
    List<String> problems = new ArrayList<>();
    Parameter[] params = e.getParameters();
    for (int i = 0; i < params.length; i++) {
      if (params[i].getType().isPrimitive() || params[i].getType() == Throwable.class) {
        continue;
      }
      Object[] args = new Object[params.length];
      for (int j = 0; j < params.length; j++) {
        if (j != i) {
          args[j] = value(params[j].getType()).orElse(null);
          if (args[j] == null) {
            problems.add(e + ": no ordinary value for " + params[j].getType().getName() + " (add one with with(…))");
            return problems;
          }
        }
      }
      String where = e.getDeclaringClass().getName() + "." + (e instanceof Constructor ? "<init>" : e.getName())
          + " parameter " + i + " (" + params[i].getType().getSimpleName() + ")";
      try {
        if (e instanceof Constructor<?> c) {
          c.newInstance(args);
        } else {
          Method m = (Method) e;
          m.setAccessible(true);
          m.invoke(target, args);
        }
        problems.add(where + ": null accepted in silence");
      } catch (InvocationTargetException thrown) {
        Throwable cause = thrown.getCause();
        if (!(cause instanceof NullPointerException) && !(cause instanceof IllegalArgumentException)) {
          problems.add(where + ": null met by " + cause);
        }
      } catch (ReflectiveOperationException | RuntimeException other) {
        problems.add(where + ": could not be called: " + other);
      }
    }
    return problems;
  }

  private Optional<Object> value(Class<?> type) {
    if (defaults.containsKey(type)) {
      return Optional.of(defaults.get(type));
    }
    if (type.isEnum()) {
      return Optional.of(type.getEnumConstants()[0]);
    }
    Object arbitrary = ArbitraryInstances.get(type);
    if (arbitrary != null) {
      return Optional.of(arbitrary);
    }
    if (type.isInterface()) {
      return Optional.of(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
          (proxy, method, args) -> method.getReturnType() == void.class ? null
              : method.getName().equals("toString") ? "proxy of " + type.getSimpleName()
              : method.getName().equals("hashCode") ? 0
              : method.getName().equals("equals") ? proxy == args[0]
              : value(method.getReturnType()).orElse(null)));
    }
    return Optional.empty();
  }
}
