package dev.evident.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Relation;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MechanismDetectorTest {
  private final MechanismDetector detector = new MechanismDetector();

  private Optional<Detection> detect(String s) {
    return detector.detect(Text.stripDiscourse(Text.clean(s)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "TGF-beta induces fibroblast activation in the injured lung.|TGF-beta|INDUCES|fibroblast activation in the injured lung",
      "Moreover, IL-6 promotes hepatic insulin resistance [12].|IL-6|PROMOTES|hepatic insulin resistance",
      "Amyloid oligomers impair synaptic plasticity in hippocampal neurons.|amyloid oligomers|INHIBITS|synaptic plasticity in hippocampal neurons",
      "Fibrosis is driven by persistent myofibroblast activation.|persistent myofibroblast activation|DRIVES|fibrosis",
      "Biofilm formation is regulated by quorum sensing in Pseudomonas.|quorum sensing in Pseudomonas|REGULATES|biofilm formation",
      "Microglia play a central role in synaptic pruning.|microglia|PLAYS_ROLE_IN|synaptic pruning",
      "Integrins are essential for adhesion of leukocytes to the endothelium.|integrins|IS_REQUIRED_FOR|adhesion of leukocytes to the endothelium",
      "Chronic hyperglycemia leads to beta-cell exhaustion.|chronic hyperglycemia|CAUSES|beta-cell exhaustion",
      "Oxidative stress contributes to neuronal loss in the substantia nigra.|oxidative stress|CONTRIBUTES_TO|neuronal loss in the substantia nigra",
      "Bacterial toxins disrupt the epithelial barrier, allowing pathogens to invade deeper tissue.|bacterial toxins|INHIBITS|epithelial barrier",
      "Insulin resistance develops due to ectopic lipid accumulation.|ectopic lipid accumulation|CAUSES|insulin resistance",
      "Macrophages secrete cytokines that aid in tissue repair.|cytokines|FACILITATES|tissue repair",
      "Collagen cross-linking by lysyl oxidase enhances matrix stiffness.|collagen cross-linking by lysyl oxidase|ENHANCES|matrix stiffness",
      "Persistent viral replication is a key driver of hepatic inflammation.|persistent viral replication|DRIVES|hepatic inflammation",
      "STAT3 acts as a central mediator of cytokine signalling in keratinocytes.|STAT3|MEDIATES|cytokine signalling in keratinocytes",
      "Complement activation is one of the main triggers of synaptic loss.|complement activation|INDUCES|synaptic loss",
      "Loss of PTEN may promote cell death in stressed neurons.|loss of PTEN|PROMOTES|cell death in stressed neurons"})
  void findsTriples(String sentence, String subject, String relation, String object) {
    Detection d = detect(sentence).orElseThrow(() -> new AssertionError("missed: " + sentence));
    assertEquals(Relation.valueOf(relation), d.relation(), sentence);
    assertEquals(subject, d.subject(), sentence);
    assertEquals(object, d.object(), sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Alzheimer's disease is responsible for most dementia deaths in older adults.",
      "The incidence of type 2 diabetes rises due to obesity.",
      "This review explores how macrophages drive fibrosis.",
      "In this review, we summarize how exosomes mediate infection.",
      "We detail the pathways that regulate insulin secretion.",
      "Here are the main factors that promote neurodegeneration:",
      "In summary, inflammation drives tissue damage.",
      "Understanding these mechanisms is crucial for developing new antifibrotic therapies.",
      "Sepsis is the process by which an infection leads to organ failure.",
      "Antifibrotic therapies have been developed to target this pathway.",
      "New drugs could provide potential therapeutic targets to enhance survival rates.",
      "Patients often develop infections in the lungs and urinary tract.",
      "Does insulin resistance cause beta-cell failure?",
      "More research is needed to show whether tau drives neuron loss.",
      "Early diagnosis can improve outcomes and reduce mortality.",
      "Current therapies focus on inhibiting key steps in the fibrotic process.",
      "Researchers are exploring strategies that prevent amyloid aggregation.",
      "Effective treatments that prevent relapse remain scarce."})
  void rejectsNonMechanisms(String sentence) {
    assertTrue(detect(sentence).isEmpty(), "should not be a claim: " + sentence);
  }

  @Test
  void hedgesAreRecorded() {
    assertTrue(detect("Hypoxia may promote fibroblast proliferation.").orElseThrow().hedged());
    assertTrue(detect("Studies suggest that tau spreads neurodegeneration by inducing "
        + "misfolding.").orElseThrow().hedged());
    assertTrue(detect("TNF-alpha could potentially enhance insulin resistance.").orElseThrow()
        .hedged());
    assertFalse(detect("TNF-alpha enhances insulin resistance.").orElseThrow().hedged());
  }

  @Test
  void negationIsRecorded() {
    Detection d = detect("Loss of APOE does not promote amyloid clearance.").orElseThrow();
    assertTrue(d.negated());
    assertEquals(Relation.PROMOTES, d.relation());
    assertTrue(detect("Fibrosis is not driven by inflammation alone.").orElseThrow().negated());
    assertTrue(detect("Metformin fails to inhibit hepatic gluconeogenesis in these mice.")
        .orElseThrow().negated());
    assertFalse(detect("Metformin inhibits hepatic gluconeogenesis.").orElseThrow().negated());
  }

  @Test
  void passiveVoiceSwapsAgentAndTarget() {
    Detection d = detect("EMT is regulated by various signaling pathways, including TGF-B, "
        + "Wnt/B-catenin, and Notch.").orElseThrow();
    assertEquals("various signaling pathways", d.subject());
    assertEquals(Relation.REGULATES, d.relation());
    assertEquals("EMT", d.object());
  }

  @Test
  void relativeClauseAndCleftFindTheRealAgent() {
    assertEquals("growth factors and cytokines", detect("Immune cells secrete growth factors "
        + "and cytokines that aid in cancer cell migration.").orElseThrow().subject());
    assertEquals("autophagy", detect("One of the key processes that enable survival is "
        + "autophagy, which recycles organelles.").orElseThrow().subject());
  }

  @Test
  void nounUseOfAVerbIsNotATrigger() {
    assertTrue(detect("There was an increase in the number of nodules.").isEmpty());
  }
}
