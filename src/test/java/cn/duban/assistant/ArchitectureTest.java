package cn.duban.assistant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.duban.assistant.wording.Replies;

/**
 * The one message path, as rules on the code: channel → intent → feature → outcome → wording. Channels know nothing
 * about answering, features know nothing about channels or wording, and only the wording layer words replies.
 */
@AnalyzeClasses(packages = "cn.duban.assistant", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheWordingLayerUsesTheReplyBundle = noClasses()
            .that().resideOutsideOfPackage("..wording..").and().resideOutsideOfPackage("..benchmark..")
            .should().dependOnClassesThat().areAssignableTo(Replies.class);

    @ArchTest
    static final ArchRule channelsKnowNothingAboutAnswering = noClasses()
            .that().resideInAPackage("..channel..")
            .should().dependOnClassesThat().resideInAnyPackage("..understanding..", "..reporting..", "..progress..",
                    "..knowledge..", "..ledger..");

    @ArchTest
    static final ArchRule featuresKnowNoChannelAndNoWording = noClasses()
            .that().resideInAnyPackage("..understanding..", "..reporting..", "..progress..", "..knowledge..", "..ledger..",
                    "..digest..", "..vocabulary..", "..tasks..")
            .should().dependOnClassesThat().resideInAnyPackage("..channel..", "..wording..", "..conversation..");

    /** 督办单 and 通报 (issue 13): a feature like the others. */
    @ArchTest
    static final ArchRule supervisionKnowsNoChannelAndNoWording = noClasses()
            .that().resideInAPackage("..supervision..")
            .should().dependOnClassesThat().resideInAnyPackage("..channel..", "..wording..", "..conversation..");
}
