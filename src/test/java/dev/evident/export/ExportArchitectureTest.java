package dev.evident.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Commons CSV stays inside export, and export stays a domain package. */
class ExportArchitectureTest {
  private static final JavaClasses MAIN = importMain();

  /**
   * The compiled main classes only. Resolving every referenced library class from the class
   * path costs seconds and is not needed: a dependency's package is known from its name.
   */
  private static synchronized JavaClasses importMain() {
    ArchConfiguration config = ArchConfiguration.get();
    boolean resolve = config.resolveMissingDependenciesFromClassPath();
    config.setResolveMissingDependenciesFromClassPath(false);
    try {
      return new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(Path.of("target/classes"));
    } finally {
      config.setResolveMissingDependenciesFromClassPath(resolve);
    }
  }

  @Test
  void onlyExportImportsCommonsCsv() {
    noClasses().that().resideOutsideOfPackage("dev.evident.export..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
        .check(MAIN);
  }

  @Test
  void exportKnowsNoCommandLineTerminalOrYaml() {
    noClasses().that().resideInAPackage("dev.evident.export..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.jline..",
            "tools.jackson..", "com.fasterxml.jackson..", "dev.evident.cli..",
            "dev.evident.shell..")
        .check(MAIN);
  }
}
