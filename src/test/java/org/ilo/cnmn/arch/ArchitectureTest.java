package org.ilo.cnmn.arch;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layout the code keeps: platform/ is plumbing that knows no feature; content/ is what the
 * features share and knows none of them; features meet only through content/ and CDI events, so
 * they never form a cycle, and neither do the parts of platform/; resources speak DTOs and leave persistence to services; and an entity
 * (a managed, lazily loaded, writable row) never leaves the service layer of its own feature:
 * outside entity classes, only a public method of a class named *Service or *Queries in the
 * entity's own package may mention an entity in its return type (generic arguments included).
 * Production classes only.
 */
class ArchitectureTest {

    private static final String ROOT = "org.ilo.cnmn";
    private static final Set<String> NOT_FEATURES = Set.of("platform", "content");
    private static final String[] FEATURES = {"project", "pressrelease", "office", "vocabulary", "search", "changes",
        "audit", "export", "feed", "apikey", "ratelimit"};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void platformKnowsNoFeatureNorContent() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES))
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".content..")
                .check(CLASSES);
    }

    @Test
    void contentKnowsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".content..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES))
                .check(CLASSES);
    }

    @Test
    void featuresFormNoCycle() {
        slices().matching(ROOT + ".(*)..").that(describe("are features", s -> !NOT_FEATURES.contains(s.getNamePart(1))))
                .should().beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void platformPartsFormNoCycle() {
        slices().matching(ROOT + ".platform.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void resourcesNeverTouchPersistence() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    @Test
    void entitiesNeverLeaveTheirServices() {
        methods().that().arePublic().and().areDeclaredInClassesThat().areNotAnnotatedWith(Entity.class)
                .should(returnOnlyEntitiesOfTheirOwnServiceLayer())
                .check(CLASSES);
    }

    private static ArchCondition<JavaMethod> returnOnlyEntitiesOfTheirOwnServiceLayer() {
        return new ArchCondition<>("return no entity, unless declared by a *Service or *Queries of the entity's package") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass owner = method.getOwner();
                boolean serviceLayer = owner.getSimpleName().endsWith("Service") || owner.getSimpleName().endsWith("Queries");
                for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                    if (type.isAnnotatedWith(Entity.class)
                            && !(serviceLayer && owner.getPackageName().equals(type.getPackageName()))) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns entity " + type.getName()));
                    }
                }
            }
        };
    }

    private static String[] packages(String... features) {
        String[] packages = new String[features.length];
        for (int i = 0; i < features.length; i++) {
            packages[i] = ROOT + "." + features[i] + "..";
        }
        return packages;
    }
}
