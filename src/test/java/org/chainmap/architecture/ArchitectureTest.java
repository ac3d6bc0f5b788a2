package org.chainmap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point inward: the domain knows only the JDK, only the store speaks to the driver, and no two top-level
 * packages depend on each other.
 */
@AnalyzeClasses(packages = "org.chainmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainKnowsOnlyTheJdk = noClasses()
            .that()
            .resideInAPackage("org.chainmap.domain..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("java..", "org.chainmap.domain..");

    /** Every other package reads rows as records of its own through {@code Store} and {@code Query}. */
    @ArchTest
    static final ArchRule onlyTheStoreUsesTheDriver = noClasses()
            .that()
            .resideOutsideOfPackage("org.chainmap.store..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.neo4j.driver..");

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles =
            slices().matching("org.chainmap.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule analysesAreFreeOfCycles =
            slices().matching("org.chainmap.analysis.(*)..").should().beFreeOfCycles();

    /** The analyses take their own parameters; the package above them only composes and serves them. */
    @ArchTest
    static final ArchRule analysesDoNotDependOnWhatComposesThem = noClasses()
            .that()
            .resideInAPackage("org.chainmap.analysis.*..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.chainmap.analysis");

    @ArchTest
    static final ArchRule nothingButTheStoreEmbedsNeo4j = noClasses()
            .that()
            .resideOutsideOfPackage("org.chainmap.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.neo4j.dbms..", "org.neo4j.graphdb..", "org.neo4j.configuration..", "org.neo4j.kernel..");
}
