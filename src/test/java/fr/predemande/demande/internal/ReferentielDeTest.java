package fr.predemande.demande.internal;

import fr.predemande.referentiel.Commune;
import fr.predemande.referentiel.Departement;
import fr.predemande.referentiel.Pays;
import fr.predemande.referentiel.Referentiel;
import fr.predemande.referentiel.ResolutionDeCommune;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Quelques communes et pays officiels, pour tester les règles des sections sans démarrer l'application : Saint-Étienne
 * (reliée à COMEDEC ou non selon le test), les deux Saint-Denis (homonymes), Lyon ; l'Allemagne. Les règles de
 * résolution elles-mêmes sont testées avec les vraies données dans le module referentiel.
 */
final class ReferentielDeTest implements Referentiel {

    static final Commune SAINT_ETIENNE = new Commune("42218", "Saint-Étienne", "42", List.of("42000", "42100"), false);
    static final Commune SAINT_DENIS_93 = new Commune("93066", "Saint-Denis", "93", List.of("93200", "93210"), false);
    static final Commune SAINT_DENIS_974 = new Commune("97411", "Saint-Denis", "974", List.of("97400", "97490"), false);
    static final Commune LYON = new Commune("69123", "Lyon", "69", List.of("69001", "69002"), true);
    static final Pays ALLEMAGNE = new Pays("DE", "Allemagne");

    private final List<Commune> communes;

    ReferentielDeTest() {
        this(List.of(SAINT_ETIENNE, SAINT_DENIS_93, SAINT_DENIS_974, LYON));
    }

    ReferentielDeTest(List<Commune> communes) {
        this.communes = List.copyOf(communes);
    }

    @Override
    public Optional<Commune> commune(String codeInsee) {
        return communes.stream().filter(c -> c.codeInsee().equals(codeInsee)).findFirst();
    }

    @Override
    public List<Commune> rechercherCommunes(String texte, int max) {
        return communes.stream()
                .filter(c -> c.nom().toLowerCase(Locale.ROOT).startsWith(texte.toLowerCase(Locale.ROOT)))
                .limit(max)
                .toList();
    }

    @Override
    public List<Commune> communesDuCodePostal(String codePostal) {
        return communes.stream()
                .filter(c -> c.codesPostaux().contains(codePostal))
                .toList();
    }

    @Override
    public boolean codePostalCorrespond(String codeInsee, String codePostal) {
        return commune(codeInsee)
                .map(c -> c.codesPostaux().contains(codePostal))
                .orElse(false);
    }

    @Override
    public Optional<Departement> departement(String code) {
        return Optional.empty();
    }

    @Override
    public List<Departement> departements() {
        return List.of();
    }

    @Override
    public Optional<Pays> pays(String codeIso) {
        return ALLEMAGNE.codeIso().equals(codeIso) ? Optional.of(ALLEMAGNE) : Optional.empty();
    }

    @Override
    public List<Pays> rechercherPays(String texte, int max) {
        return List.of(ALLEMAGNE);
    }

    @Override
    public List<Pays> tousLesPays() {
        return List.of(ALLEMAGNE);
    }

    @Override
    public Optional<Pays> resoudrePays(String saisie) {
        return saisie != null && (saisie.equalsIgnoreCase("Allemagne") || saisie.equals("DE"))
                ? Optional.of(ALLEMAGNE)
                : Optional.empty();
    }

    /** Le libellé de l'autocomplétion (« Saint-Étienne (42000) »), ou un nom seul (homonymes : ambiguë). */
    @Override
    public ResolutionDeCommune resoudreCommune(String saisie) {
        String texte = saisie.strip();
        for (Commune commune : communes) {
            for (String codePostal : commune.codesPostaux()) {
                if (texte.equals(commune.libelle(codePostal))) {
                    return new ResolutionDeCommune.Trouvee(commune);
                }
            }
        }
        var homonymes =
                communes.stream().filter(c -> c.nom().equalsIgnoreCase(texte)).toList();
        return switch (homonymes.size()) {
            case 0 -> new ResolutionDeCommune.Introuvable();
            case 1 -> new ResolutionDeCommune.Trouvee(homonymes.get(0));
            default -> new ResolutionDeCommune.Ambigue(homonymes);
        };
    }
}
