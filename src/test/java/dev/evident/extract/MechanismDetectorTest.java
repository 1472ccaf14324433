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

  // Sentences below are written for these tests from general usage; none comes from a seed or
  // a corpus document.

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "We demonstrate that hypoxia activates HIF-1 signalling in renal tubular cells.|hypoxia|ACTIVATES|HIF-1 signalling in renal tubular cells|false",
      "Here we show that ceramide impairs insulin signalling in adipocytes.|ceramide|INHIBITS|insulin signalling in adipocytes|false",
      "Our data suggest that gut microbes modulate hepatic lipid metabolism.|gut microbes|MODULATES|hepatic lipid metabolism|true",
      "In knockout mice, we found that loss of SIRT1 accelerates vascular ageing.|loss of SIRT1|ENHANCES|vascular ageing|false",
      "These results indicate that osteoclasts drive bone resorption in arthritis.|osteoclasts|DRIVES|bone resorption in arthritis|true",
      "It is well established that leptin regulates appetite through the hypothalamus.|leptin|REGULATES|appetite|false",
      "There is growing evidence that astrocytes sustain neuroinflammation in epilepsy.|astrocytes|PROMOTES|neuroinflammation in epilepsy|false"})
  void reportingFramesAreDroppedFromTheTriple(String sentence, String subject, String relation,
      String object, boolean hedged) {
    Detection d = detect(sentence).orElseThrow(() -> new AssertionError("missed: " + sentence));
    assertEquals(subject, d.subject(), sentence);
    assertEquals(Relation.valueOf(relation), d.relation(), sentence);
    assertEquals(object, d.object(), sentence);
    assertEquals(hedged, d.hedged(), sentence);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Protein kinase A phosphorylates CREB in striatal neurons.|protein kinase A|REGULATES|CREB in striatal neurons",
      "Caspase-8 cleaves the receptor-interacting kinase RIPK1.|Caspase-8|REGULATES|receptor-interacting kinase RIPK1",
      "Chemokine CCL2 recruits monocytes to the inflamed synovium.|chemokine CCL2|INDUCES|monocytes to the inflamed synovium",
      "Ferritin sequesters free iron within hepatocytes.|ferritin|INHIBITS|free iron within hepatocytes",
      "Mitochondrial fission initiates apoptosis in cardiomyocytes.|mitochondrial fission|INDUCES|apoptosis in cardiomyocytes",
      "Regulatory T cells maintain peripheral tolerance.|regulatory T cells|PROMOTES|peripheral tolerance",
      "Uric acid crystals interfere with neutrophil apoptosis.|uric acid crystals|INHIBITS|neutrophil apoptosis",
      "Angiotensin II stimulates aldosterone release from the adrenal cortex.|angiotensin II|ACTIVATES|aldosterone release from the adrenal cortex",
      "Plasmodium proteases degrade haemoglobin in the food vacuole.|plasmodium proteases|DESTROYS|haemoglobin in the food vacuole"})
  void generalBiologyVerbsAreTriggers(String sentence, String subject, String relation,
      String object) {
    Detection d = detect(sentence).orElseThrow(() -> new AssertionError("missed: " + sentence));
    assertEquals(Relation.valueOf(relation), d.relation(), sentence);
    assertEquals(subject, d.subject(), sentence);
    assertEquals(object, d.object(), sentence);
  }

  @Test
  void dependenceNamesTheNeededAgentAsSubject() {
    Detection d = detect("Wound closure requires keratinocyte migration.").orElseThrow();
    assertEquals("keratinocyte migration", d.subject());
    assertEquals(Relation.IS_REQUIRED_FOR, d.relation());
    assertEquals("wound closure", d.object());
    d = detect("Long-term potentiation depends on NMDA receptor activation.").orElseThrow();
    assertEquals("NMDA receptor activation", d.subject());
    d = detect("Thrombus formation involves platelet aggregation and fibrin deposition.")
        .orElseThrow();
    assertEquals(Relation.PLAYS_ROLE_IN, d.relation());
    assertEquals("platelet aggregation and fibrin deposition", d.subject());
  }

  @Test
  void passiveWithWordsBeforeByFindsTheAgent() {
    Detection d = detect("Erythropoietin production is controlled both by oxygen tension and "
        + "by renal perfusion.").orElseThrow();
    assertEquals(Relation.REGULATES, d.relation());
    assertEquals("erythropoietin production", d.object());
    assertTrue(d.subject().startsWith("oxygen tension"), d.subject());
    d = detect("Bone loss is mediated, at least in part, by osteoclast activation.")
        .orElseThrow();
    assertEquals("osteoclast activation", d.subject());
    d = detect("Muscle wasting is mediated through ubiquitin ligases.").orElseThrow();
    assertEquals("ubiquitin ligases", d.subject());
  }

  @Test
  void participleModifiersAreNeitherVerbNorSubject() {
    Detection d = detect("Proteases secreted by activated neutrophils degrade elastin in the "
        + "alveolar wall.").orElseThrow();
    assertEquals("proteases", d.subject());
    assertEquals(Relation.DESTROYS, d.relation());
    assertEquals("elastin in the alveolar wall", d.object());
    d = detect("Oxidized phospholipids activate endothelial cells.").orElseThrow();
    assertEquals("oxidized phospholipids", d.subject());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Healthy controls showed lower cytokine levels than patients.",
      "Increases in blood pressure were recorded in both groups.",
      "Serum samples were collected and cytokines were measured by ELISA.",
      "Mice were treated with rapamycin to inhibit mTOR signalling.",
      "Nausea and diarrhoea are common side effects that limit metformin adherence.",
      "We review how macrophages shape tissue repair.",
      "We measured how insulin regulates glucose uptake in 40 volunteers."})
  void generalExclusionsHold(String sentence) {
    assertTrue(detect(sentence).isEmpty(), "should not be a claim: " + sentence);
  }

  @Test
  void theMainClauseWinsOverARelativeClauseAboutTheSubject() {
    Detection d = detect("Osteopontin, which is secreted by activated T cells, promotes "
        + "granuloma formation.").orElseThrow();
    assertEquals("osteopontin", d.subject());
    assertEquals(Relation.PROMOTES, d.relation());
    assertEquals("granuloma formation", d.object());
  }

  @Test
  void coordinatedSubjectsTakeABaseFormVerb() {
    Detection d = detect("Both hypoxia and acidosis drive glycolytic adaptation in the tumour "
        + "core.").orElseThrow();
    assertEquals("hypoxia and acidosis", d.subject());
    assertEquals(Relation.DRIVES, d.relation());
  }

  @Test
  void anUnknownVerbEndsTheSubjectOfACoordinatedClause() {
    Detection d = detect("Vasopressin constricts the arterioles and increases water reabsorption "
        + "in the collecting duct.").orElseThrow();
    assertEquals("vasopressin", d.subject());
    d = detect("Vasopressin tightens the junctions and increases water reabsorption.")
        .orElseThrow();
    assertEquals("vasopressin", d.subject());
    assertEquals(Relation.INCREASES, d.relation());
    assertEquals("water reabsorption", d.object());
  }

  @Test
  void aSecondVerbPhraseIsNotPartOfTheObject() {
    Detection d = detect("Glucagon binds its receptor and triggers glycogen breakdown.")
        .orElseThrow();
    assertEquals("its receptor", d.object());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Bisphosphonates are used to reduce bone loss in older women.",
      "The aim of treatment is to suppress viral replication.",
      "Antiretroviral therapy aims to restore CD4 counts."})
  void aTreatmentsPurposeIsNotAMechanism(String sentence) {
    assertTrue(detect(sentence).isEmpty(), "should not be a claim: " + sentence);
  }

  @Test
  void requiringSomethingToHappenIsNotADependence() {
    assertTrue(detect("Each stage requires immune cells to adapt to low oxygen.").isEmpty());
    assertEquals("binding to heparan sulfate", detect("Viral entry requires binding to heparan "
        + "sulfate.").orElseThrow().subject());
  }

  @Test
  void notesWriteCausationAsAnArrow() {
    Detection d = detect("Portal hypertension \u2192 ascites \u2192 spontaneous peritonitis")
        .orElseThrow();
    assertEquals("portal hypertension", d.subject());
    assertEquals(Relation.CAUSES, d.relation());
    assertEquals("ascites", d.object());
    assertEquals("rickets", detect("Vitamin D deficiency -> rickets").orElseThrow().object());
  }

  @Test
  void aDemonstrativeSubjectIsKeptForTheAnaphoraResolver() {
    Detection d = detect("This triggers the release of histamine from mast cells.")
        .orElseThrow();
    assertEquals("This", d.subject());
    assertEquals(Relation.INDUCES, d.relation());
  }

  @Test
  void identifyingAnAgentAsARegulatorIsAFinding() {
    Detection d = detect("Our results identify Nrf2 as a key regulator of ferroptosis in "
        + "hepatocytes.").orElseThrow();
    assertEquals("Nrf2", d.subject());
    assertEquals(Relation.REGULATES, d.relation());
    assertEquals("ferroptosis in hepatocytes", d.object());
    assertTrue(d.ownFinding());
  }
}
