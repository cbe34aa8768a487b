package fr.predemande.demande.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.Rappel;
import fr.predemande.demande.StatutPreDemande;
import fr.predemande.demande.StatutPreDemande.TransitionRefusee;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Le cycle de vie d'une pré-demande, éprouvé par des suites de commandes tirées au hasard : chaque commande permise
 * change le statut comme la table le dit, chaque commande interdite est refusée sans rien changer.
 */
class CycleDeVieProperties {

    /** Ce que l'on peut demander à une pré-demande, et le statut visé. */
    enum Commande {
        VALIDER(StatutPreDemande.VALIDEE),
        RAPPELER(StatutPreDemande.RAPPELEE),
        ANNULER(StatutPreDemande.ANNULEE);

        final StatutPreDemande vise;

        Commande(StatutPreDemande vise) {
            this.vise = vise;
        }

        PreDemande appliquer(PreDemande demande, Instant le) {
            return switch (this) {
                case VALIDER -> demande.validee(NumeroPreDemande.tirer(), le);
                case RAPPELER -> demande.rappelee(new Rappel("Mairie de Lyon", "69260000001X"), le);
                case ANNULER -> demande.annulee(le);
            };
        }
    }

    private static final Set<StatutPreDemande> FINAUX =
            EnumSet.of(StatutPreDemande.RAPPELEE, StatutPreDemande.EXPIREE, StatutPreDemande.ANNULEE);

    private static Gen<List<Commande>> suites() {
        return lists().of(Generate.enumValues(Commande.class)).ofSizeBetween(0, 12);
    }

    @Test
    void uneSuiteDeCommandesNeSuitQueLesTransitionsPermises() {
        qt().forAll(suites()).checkAssert(commandes -> {
            Instant maintenant = Instant.parse("2026-12-01T10:00:00Z");
            PreDemande demande = brouillon(maintenant);
            for (Commande commande : commandes) {
                maintenant = maintenant.plusSeconds(60);
                StatutPreDemande avant = demande.statut();
                if (avant.peutDevenir(commande.vise)) {
                    PreDemande apres = commande.appliquer(demande, maintenant);
                    assertThat(apres.statut()).isEqualTo(commande.vise);
                    assertThat(apres.id()).isEqualTo(demande.id());
                    assertThat(apres.version())
                            .as("la version change à l'écriture, pas dans l'agrégat")
                            .isEqualTo(demande.version());
                    demande = apres;
                } else {
                    PreDemande figee = demande;
                    Instant le = maintenant;
                    assertThatThrownBy(() -> commande.appliquer(figee, le))
                            .isInstanceOf(TransitionRefusee.class)
                            .satisfies(e -> {
                                assertThat(((TransitionRefusee) e).de()).isEqualTo(avant);
                                assertThat(((TransitionRefusee) e).vers()).isEqualTo(commande.vise);
                            });
                }
                invariants(demande);
            }
        });
    }

    /** Ce qui vaut dans tout statut atteint : le numéro, le récapitulatif et le rappel vont avec leur statut. */
    private static void invariants(PreDemande demande) {
        switch (demande.statut()) {
            case BROUILLON -> assertThat(demande.numero()).isNull();
            case VALIDEE -> {
                assertThat(demande.numero()).isNotNull();
                assertThat(demande.attendUnRecapitulatif())
                        .as("le récapitulatif se fait après la validation")
                        .isTrue();
                assertThat(demande.expireLe()).isAfter(demande.valideeLe());
                assertThat(demande.rappel()).isNull();
            }
            case RAPPELEE -> {
                assertThat(demande.numero()).isNotNull();
                assertThat(demande.rappel()).isNotNull();
                assertThat(demande.rappeleeLe()).isAfterOrEqualTo(demande.valideeLe());
            }
            case ANNULEE -> assertThat(demande.rappel()).isNull();
            case EXPIREE ->
                throw new AssertionError("aucune commande de l'usager ou de la mairie n'expire une pré-demande");
        }
        if (FINAUX.contains(demande.statut())) {
            for (StatutPreDemande statut : StatutPreDemande.values()) {
                assertThat(demande.statut().peutDevenir(statut))
                        .as("%s est final", demande.statut())
                        .isFalse();
            }
        }
    }

    @Test
    void laTableDesTransitionsEstUnCycleSansRetour() {
        for (StatutPreDemande de : StatutPreDemande.values()) {
            for (StatutPreDemande vers : StatutPreDemande.values()) {
                assertThat(StatutPreDemande.precedentsDe(vers).contains(de)).isEqualTo(de.peutDevenir(vers));
            }
            assertThat(de.peutDevenir(de)).as("pas de boucle sur %s", de).isFalse();
            assertThat(de.peutDevenir(StatutPreDemande.BROUILLON))
                    .as("jamais de retour au brouillon")
                    .isFalse();
        }
        assertThat(StatutPreDemande.precedentsDe(StatutPreDemande.RAPPELEE)).containsExactly(StatutPreDemande.VALIDEE);
        assertThat(StatutPreDemande.precedentsDe(StatutPreDemande.EXPIREE))
                .containsExactlyInAnyOrder(StatutPreDemande.BROUILLON, StatutPreDemande.VALIDEE);
        assertThat(EnumSet.allOf(StatutPreDemande.class).stream().filter(StatutPreDemande::modifiableParLUsager))
                .containsExactly(StatutPreDemande.BROUILLON);
    }

    private static PreDemande brouillon(Instant le) {
        return new PreDemande(
                UUID.randomUUID(),
                UUID.randomUUID(),
                StatutPreDemande.BROUILLON,
                new Reponses(),
                null,
                le,
                le,
                null,
                PreDemande.finDeValidite(le),
                null,
                null,
                null,
                3);
    }
}
