package id.posyandu.spring;

/** Which classes are the library's model and result types (and their builders). */
final class LibraryTypes {

  private LibraryTypes() {}

  static boolean isLibraryType(Class<?> type) {
    String name = type.getName();
    return name.startsWith("id.posyandu.core.") || name.startsWith("id.posyandu.rules.");
  }
}
