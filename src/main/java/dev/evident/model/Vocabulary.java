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

  /** Mechanism topics of cancer progression and metastasis, used when a review declares none. */
  public static Vocabulary defaults() {
    return new Vocabulary(List.of(
        new Tag("emt", "epithelial-to-mesenchymal transition and its reverse",
            List.of("epithelial-to-mesenchymal transition", "epithelial-mesenchymal transition",
                "epithelial to mesenchymal transition", "mesenchymal phenotype", "mesenchymal")),
        new Tag("ecm", "extracellular matrix composition, stiffness, remodelling and degradation",
            List.of("extracellular matrix", "matrix metalloproteinase", "mmp", "mmps",
                "proteolysis", "proteolytic")),
        new Tag("angiogenesis", "formation of new blood vessels",
            List.of("angiogenic", "vegf", "blood vessels", "vascular endothelial growth factor")),
        new Tag("immune-evasion", "escape from immune surveillance and immune suppression",
            List.of("immune surveillance", "immune evasion", "immune checkpoint", "pd-l1",
                "immune suppression", "immune modulation", "immune detection",
                "immune cell polarization")),
        new Tag("organotropism", "organ-specific metastasis",
            List.of("organotropism", "organotrophic", "organ-specific", "target organs",
                "preference for certain organs")),
        new Tag("dormancy", "dormant disseminated cells and their reactivation",
            List.of("dormant", "dormancy", "reactivate")),
        new Tag("extracellular-vesicles", "exosomes and other extracellular vesicles",
            List.of("extracellular vesicle", "extracellular vesicles", "evs", "exosome",
                "exosomes")),
        new Tag("ctc", "circulating tumor cells",
            List.of("circulating tumor cells", "circulating tumour cells", "ctcs", "ctc")),
        new Tag("microenvironment", "tumor microenvironment, stroma and niches",
            List.of("tumor microenvironment", "tumour microenvironment", "tme",
                "microenvironment", "stromal", "niche", "cancer-associated fibroblasts",
                "hypoxia")),
        new Tag("genetics", "mutations, oncogenes, tumor suppressors and genomic instability",
            List.of("genetic", "mutation", "mutations", "mutated", "oncogene", "oncogenes",
                "tumor suppressor", "genomic instability", "aneuploidy", "chromosomal")),
        new Tag("epigenetics", "DNA methylation, histone modification and other epigenetic control",
            List.of("epigenetic", "dna methylation", "histone")),
        new Tag("invasion", "local invasion of surrounding tissue",
            List.of("invasion", "invade", "invasive")),
        new Tag("migration", "cell migration and motility",
            List.of("migration", "migratory", "motility", "cytoskeleton")),
        new Tag("signaling", "signalling pathways and their ligands",
            List.of("signaling pathway", "signalling pathway", "signaling", "tgf-b", "tgf-beta",
                "wnt", "notch", "chemokine", "cytokines")),
        new Tag("inflammation", "inflammatory cells and mediators",
            List.of("macrophages", "tams", "inflammatory", "inflammation")),
        new Tag("adhesion", "cell-cell and cell-matrix adhesion",
            List.of("adhesion", "adhesive", "integrin", "integrins", "adherens")),
        new Tag("metabolism", "metabolic reprogramming and autophagy",
            List.of("metabolic", "metabolism", "autophagy")),
        new Tag("plasticity", "cell plasticity and stemness",
            List.of("plasticity", "stem cell", "stemness"))));
  }
}
