package dev.evident.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: cli/shell -> app and domain -> model. */
class ArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.evident");

  @Test
  void onlyCliAndShellImportPicocliOrJline() {
    noClasses().that().resideOutsideOfPackages("dev.evident.cli..", "dev.evident.shell..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.jline..")
        .check(MAIN);
  }

  @Test
  void onlyStoreImportsJackson() {
    noClasses().that().resideOutsideOfPackage("dev.evident.store..")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..",
            "org.snakeyaml..")
        .check(MAIN);
  }

  @Test
  void onlyExportImportsCommonsCsv() {
    noClasses().that().resideOutsideOfPackage("dev.evident.export..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
        .check(MAIN);
  }

  @Test
  void onlyStoreAndExportImportJbibtex() {
    noClasses().that().resideOutsideOfPackages("dev.evident.store..", "dev.evident.export..")
        .should().dependOnClassesThat().resideInAPackage("org.jbibtex..")
        .check(MAIN);
  }

  @Test
  void domainNeverImportsTheCommandLine() {
    noClasses().that().resideOutsideOfPackages("dev.evident.cli..", "dev.evident.shell..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.evident.cli..",
            "dev.evident.shell..")
        .check(MAIN);
  }

  @Test
  void modelImportsOnlyTheJdk() {
    noClasses().that().resideInAPackage("dev.evident.model..")
        .should().dependOnClassesThat().resideOutsideOfPackages("dev.evident.model..", "java..")
        .check(MAIN);
  }

  @Test
  void packagesFormNoCycles() {
    com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
        .matching("dev.evident.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void domainPackagesDoNotPrint() {
    noClasses().that().resideOutsideOfPackages("dev.evident.cli..", "dev.evident.shell..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .check(MAIN);
  }
}
