package dev.evident.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The tag vocabulary of a review, in the order it is declared. */
public record Vocabulary(List<Tag> tags) {
  public Vocabulary {
    tags = Checks.list(tags);
  }

  public Optional<Tag> find(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    for (Tag t : tags) {
      if (t.name().equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  public boolean contains(String name) {
    return find(name).isPresent();
  }

  public Vocabulary with(Tag tag) {
    List<Tag> next = new ArrayList<>(tags);
    next.add(tag);
    return new Vocabulary(next);
  }

  public Map<String, Tag> byName() {
    Map<String, Tag> m = new LinkedHashMap<>();
    tags.forEach(t -> m.put(t.name(), t));
    return m;
  }

  /**
   * A neutral starter vocabulary of general biology, the same for a review of any disease: what
   * {@code evident init} writes to claims/evident.yaml and what a review without settings uses.
   * A review grows it in claims/evident.yaml (docs/claim-format.md says how): the tags of a
   * claim come from the review's own vocabulary, never from a list about one disease.
   */
  public static Vocabulary defaults() {
    return new Vocabulary(List.of(
        tag("signaling", "signalling pathways, receptors, ligands and kinases",
            "signalling", "signaling pathway", "signalling pathway", "receptor", "receptors",
            "ligand", "ligands", "kinase", "kinases", "phosphorylation"),
        tag("inflammation", "inflammatory cells, cytokines and mediators",
            "inflammatory", "cytokine", "cytokines", "chemokine", "chemokines", "interleukin",
            "inflammasome"),
        tag("immunity", "innate and adaptive immune cells and responses",
            "immune", "t cell", "t cells", "b cell", "b cells", "lymphocyte", "lymphocytes",
            "macrophage", "macrophages", "neutrophil", "neutrophils", "antibody", "antibodies",
            "dendritic cells", "microglia"),
        tag("metabolism", "energy, glucose and lipid metabolism, mitochondria",
            "metabolic", "glucose", "insulin", "lipid", "lipids", "mitochondria",
            "mitochondrial", "glycolysis", "fatty acid", "fatty acids"),
        tag("cell-death", "apoptosis, necrosis and other regulated cell death",
            "apoptosis", "apoptotic", "necrosis", "necroptosis", "pyroptosis", "ferroptosis",
            "cell death"),
        tag("proliferation", "cell proliferation, cell cycle and growth",
            "proliferate", "cell cycle", "cell division", "cell growth"),
        tag("migration", "cell migration, invasion and chemotaxis",
            "motility", "invasion", "chemotaxis", "migratory"),
        tag("oxidative-stress", "reactive oxygen species and redox balance",
            "oxidative stress", "reactive oxygen species", "ros", "antioxidant", "redox"),
        tag("gene-regulation", "transcription, epigenetic control and non-coding RNA",
            "transcription", "transcription factor", "gene expression", "epigenetic",
            "dna methylation", "histone", "microrna", "mirna", "mirnas"),
        tag("extracellular-matrix", "matrix composition, remodelling and fibrosis",
            "extracellular matrix", "collagen", "fibrosis", "fibrotic", "matrix "
                + "metalloproteinase", "matrix metalloproteinases"),
        tag("vascular", "blood vessels, endothelium and angiogenesis",
            "angiogenesis", "endothelial", "endothelium", "blood vessel", "blood vessels",
            "vascular permeability"),
        tag("genetics", "mutations, variants and inherited risk",
            "mutation", "mutations", "variant", "variants", "genetic", "polymorphism"),
        tag("infection", "pathogens and host-pathogen interaction",
            "pathogen", "pathogens", "bacterial", "bacteria", "viral", "virus", "infection",
            "parasite"),
        tag("neural", "neurons, synapses and neurotransmission",
            "neuron", "neurons", "neuronal", "synapse", "synaptic", "neurotransmitter",
            "axon", "axonal"),
        tag("endocrine", "hormones and their receptors",
            "hormone", "hormones", "hormonal", "endocrine")));
  }

  private static Tag tag(String name, String description, String... synonyms) {
    return new Tag(name, description, List.of(synonyms));
  }
}
