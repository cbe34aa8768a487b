package fr.predemande.demande.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.predemande.compte.IdentiteUsager;
import fr.predemande.demande.CouleurDesYeux;
import fr.predemande.demande.Declaration;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.PreDemandeRetrouvee;
import fr.predemande.demande.PreDemandes;
import fr.predemande.demande.PreDemandes.RappelImpossible;
import fr.predemande.demande.Rappel;
import fr.predemande.demande.RechercheParNumero;
import fr.predemande.justificatifs.AcquisitionNationalite;
import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.TypeAdresse;
import fr.predemande.justificatifs.TypeDeTitre;
import fr.predemande.saisie.Sexe;
import fr.predemande.support.ApplicationEnTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * L'API du module telle que la mairie s'en sert ({@link PreDemandes}), sur la vraie base : retrouver une pré-demande
 * par son numéro, en valeurs typées, avec la raison pour laquelle elle ne peut pas servir, et la rappeler pour en faire
 * un dossier, une fois et une seule, même quand la même demande arrive plusieurs fois en même temps.
 */
class PreDemandesApiTest extends ApplicationEnTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Rappel SAINT_ETIENNE = new Rappel("Mairie de Saint-Étienne", "42218-2026-000123");
    private static final Rappel LYON = new Rappel("Mairie de Lyon 3e", "69383-2026-004567");

    @Autowired
    PreDemandes preDemandes;

    @Autowired
    Brouillons brouillons;

    @Autowired
    ValidationDeLaPreDemande validation;

    @Autowired
    PurgeDesPreDemandes purge;

    @Autowired
    JdbcClient jdbc;

    /** Une pré-demande validée par son titulaire, comme au bout du parcours en ligne. */
    private record Validee(UUID id, UUID compteId, NumeroPreDemande numero, Instant avant, Instant apres) {}

    @Test
    void uneMairieRetrouveUnePreDemandeValideeAvecLesReponsesEnValeursTypees() {
        Validee validee = valider();

        var recherche = preDemandes.trouverValidee(validee.numero());

        assertThat(recherche).isInstanceOf(RechercheParNumero.Trouvee.class);
        PreDemandeRetrouvee retrouvee = ((RechercheParNumero.Trouvee) recherche).preDemande();
        assertThat(retrouvee.numero()).isEqualTo(validee.numero());
        assertThat(retrouvee.valideeLe()).isBetween(validee.avant(), validee.apres());
        assertThat(retrouvee.valableJusquAu())
                .as("six mois civils, à Paris")
                .isEqualTo(retrouvee.valideeLe().atZone(PARIS).toLocalDate().plusMonths(6));
        assertThat(retrouvee.recapitulatif().typeMedia()).isEqualTo("application/pdf");
        assertThat(retrouvee.recapitulatif().sha256()).matches("[0-9a-f]{64}");

        Declaration declaration = retrouvee.declaration();
        var demande = declaration.demande();
        assertThat(demande.titre()).isEqualTo(TypeDeTitre.CNI_ET_PASSEPORT);
        assertThat(demande.motif()).isEqualTo(Motif.RENOUVELLEMENT);
        assertThat(demande.titreSecurise()).isTrue();
        assertThat(demande.ancienTitre())
                .isEqualTo(new Declaration.AncienTitre(
                        TypeDeTitre.PASSEPORT,
                        "15AB12345",
                        LocalDate.of(2015, 7, 14),
                        LocalDate.of(2025, 7, 13),
                        "Préfecture de la Loire",
                        true));
        var etatCivil = declaration.etatCivil();
        assertThat(etatCivil.sexe()).isEqualTo(Sexe.F);
        assertThat(etatCivil.nomNaissance()).isEqualTo("Martin");
        assertThat(etatCivil.nomUsage()).isNull();
        assertThat(etatCivil.prenoms()).containsExactly("Élise", "Marie");
        assertThat(etatCivil.dateNaissance()).isEqualTo(LocalDate.of(1990, 2, 3));
        assertThat(etatCivil.lieuNaissance().enFrance()).isTrue();
        assertThat(etatCivil.lieuNaissance().commune().codeInsee()).isEqualTo("42218");
        assertThat(etatCivil.lieuNaissance().commune().nom()).isEqualTo("Saint-Étienne");
        assertThat(etatCivil.tailleCm()).isEqualTo(168);
        assertThat(etatCivil.couleurYeux()).isEqualTo(CouleurDesYeux.VERT);
        assertThat(declaration.filiation().parent1())
                .isEqualTo(new Declaration.Parent(false, "Martin", List.of("Paul"), LocalDate.of(1960, 1, 1), null));
        assertThat(declaration.filiation().parent2().inconnu()).isTrue();
        assertThat(declaration.nationalite().acquisition()).isEqualTo(AcquisitionNationalite.FILIATION);
        var adresse = declaration.adresse();
        assertThat(adresse.type()).isEqualTo(TypeAdresse.DOMICILE);
        assertThat(adresse.ligne1()).isEqualTo("12 rue de la République");
        assertThat(adresse.codePostal()).isEqualTo("42000");
        assertThat(adresse.commune().codeInsee()).isEqualTo("42218");
        assertThat(declaration.contact()).isEqualTo(new Declaration.Contact("elise.martin@exemple.fr", "+33612345678"));
    }

    @Test
    void unNumeroQuiNAJamaisEteDonneEstInconnu() {
        assertThat(preDemandes.trouverValidee(NumeroPreDemande.tirer())).isEqualTo(new RechercheParNumero.Inconnue());
    }

    @Test
    void unePreDemandeAnnuleeParSonTitulaireEstInconnueEtNePeutPasEtreRappelee() {
        Validee validee = valider();
        brouillons.annuler(
                brouillons.duTitulaire(validee.id(), validee.compteId()).orElseThrow());

        assertThat(preDemandes.trouverValidee(validee.numero())).isEqualTo(new RechercheParNumero.Inconnue());
        assertThat(refus(validee.numero(), SAINT_ETIENNE)).isEqualTo(new RechercheParNumero.Inconnue());
        assertThat(statut(validee.id())).isEqualTo("ANNULEE");
    }

    @Test
    void unBrouillonNEstPasUnePreDemandeUtilisableMemeSIlPortaitUnNumero() {
        UUID compteId = UUID.randomUUID();
        UUID id = brouillon(compteId);
        // un numéro ne se donne qu'à la validation ; une ligne qui en porterait un (reprise de données) reste un
        // brouillon
        NumeroPreDemande numero = NumeroPreDemande.tirer();
        jdbc.sql("update pre_demande set numero = ? where id = ?")
                .params(numero.valeur(), id)
                .update();

        assertThat(preDemandes.trouverValidee(numero)).isEqualTo(new RechercheParNumero.Inconnue());
        assertThat(refus(numero, SAINT_ETIENNE)).isEqualTo(new RechercheParNumero.Inconnue());
        assertThat(statut(id)).isEqualTo("BROUILLON");
    }

    @Test
    void unePreDemandeArriveeAEcheanceEstExpireeEtDitSonDernierJour() {
        Validee validee = valider();
        LocalDate dernierJour = LocalDate.now(PARIS).minusDays(3);
        finirLe(validee, dernierJour);

        assertThat(preDemandes.trouverValidee(validee.numero())).isEqualTo(new RechercheParNumero.Expiree(dernierJour));
        assertThat(refus(validee.numero(), SAINT_ETIENNE)).isEqualTo(new RechercheParNumero.Expiree(dernierJour));
        assertThat(statut(validee.id())).as("pas encore purgée").isEqualTo("VALIDEE");
    }

    @Test
    void leDernierJourDeValiditeLaPreDemandeSertEncore() {
        Validee validee = valider();
        finirLe(validee, LocalDate.now(PARIS));

        assertThat(preDemandes.trouverValidee(validee.numero())).isInstanceOf(RechercheParNumero.Trouvee.class);
    }

    @Test
    void unePreDemandeExpireeEstPurgeeLaNuitSuivanteEtNeDitPlusQueSonDernierJour() {
        Validee validee = valider();
        LocalDate dernierJour = LocalDate.now(PARIS).minusDays(1);
        finirLe(validee, dernierJour);

        // la purge planifiée de la nuit garde son verrou 5 minutes après avoir tourné : une nouvelle période commence
        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) where name = 'purge-pre-demandes'")
                .update();
        purge.purger();

        assertThat(preDemandes.trouverValidee(validee.numero())).isEqualTo(new RechercheParNumero.Purgee(dernierJour));
        assertThat(refus(validee.numero(), SAINT_ETIENNE)).isEqualTo(new RechercheParNumero.Purgee(dernierJour));
        assertThat(statut(validee.id())).isEqualTo("EXPIREE");
        assertThat(jdbc.sql("select reponses::text from pre_demande where id = ?")
                        .param(validee.id())
                        .query(String.class)
                        .single())
                .as("données personnelles effacées")
                .isEqualTo("{}");
    }

    @Test
    void uneMairieRappelleLaPreDemandeQuiDevientUnDossier() {
        Validee validee = valider();
        var trouvee = (RechercheParNumero.Trouvee) preDemandes.trouverValidee(validee.numero());

        Instant avant = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        PreDemandeRetrouvee rappelee = preDemandes.rappeler(validee.numero(), SAINT_ETIENNE);
        Instant apres = Instant.now().plusMillis(1);

        assertThat(rappelee).isEqualTo(trouvee.preDemande());
        assertThat(statut(validee.id())).isEqualTo("RAPPELEE");
        var recherche = preDemandes.trouverValidee(validee.numero());
        assertThat(recherche).isInstanceOf(RechercheParNumero.DejaRappelee.class);
        var dejaRappelee = (RechercheParNumero.DejaRappelee) recherche;
        assertThat(dejaRappelee.rappel()).isEqualTo(SAINT_ETIENNE);
        assertThat(dejaRappelee.le()).isBetween(avant, apres);
    }

    @Test
    void rappelerDeNouveauPourLeMemeDossierRendLaMemePreDemandeSansRienChanger() {
        Validee validee = valider();
        PreDemandeRetrouvee premiere = preDemandes.rappeler(validee.numero(), SAINT_ETIENNE);
        long version = version(validee.id());
        var rappel = (RechercheParNumero.DejaRappelee) preDemandes.trouverValidee(validee.numero());

        // la mairie rejoue son appel (délai dépassé, double clic) : même mairie, même référence
        PreDemandeRetrouvee seconde =
                preDemandes.rappeler(validee.numero(), new Rappel(SAINT_ETIENNE.mairie(), SAINT_ETIENNE.reference()));

        assertThat(seconde).isEqualTo(premiere);
        assertThat(version(validee.id())).isEqualTo(version);
        assertThat(preDemandes.trouverValidee(validee.numero())).isEqualTo(rappel);
    }

    @Test
    void uneAutreMairieNePeutPasRappelerUnePreDemandeDejaDevenueDossierEtApprendOu() {
        Validee validee = valider();
        preDemandes.rappeler(validee.numero(), SAINT_ETIENNE);
        var dejaRappelee = preDemandes.trouverValidee(validee.numero());

        assertThat(refus(validee.numero(), LYON)).isEqualTo(dejaRappelee);
        assertThat(((RechercheParNumero.DejaRappelee) dejaRappelee).rappel()).isEqualTo(SAINT_ETIENNE);
        // la même mairie sous une autre référence : un second dossier, refusé aussi
        assertThat(refus(validee.numero(), new Rappel(SAINT_ETIENNE.mairie(), "42218-2026-000999")))
                .isEqualTo(dejaRappelee);
    }

    @Test
    void unNumeroInconnuNePeutPasEtreRappele() {
        assertThat(refus(NumeroPreDemande.tirer(), SAINT_ETIENNE)).isEqualTo(new RechercheParNumero.Inconnue());
    }

    @Test
    void dixRappelsSimultanesDuMemeDossierNeFontQuUneTransitionEtRendentTousLaMemePreDemande() throws Exception {
        Validee validee = valider();
        long version = version(validee.id());

        int paralleles = 10;
        var depart = new CountDownLatch(1);
        Set<PreDemandeRetrouvee> resultats = ConcurrentHashMap.newKeySet();
        var executeur = Executors.newFixedThreadPool(paralleles);
        try {
            var taches = new ArrayList<Future<PreDemandeRetrouvee>>();
            for (int i = 0; i < paralleles; i++) {
                Callable<PreDemandeRetrouvee> rappel = () -> {
                    depart.await();
                    // chaque appel arrive avec son propre objet, comme par des requêtes distinctes
                    return preDemandes.rappeler(
                            validee.numero(), new Rappel(SAINT_ETIENNE.mairie(), SAINT_ETIENNE.reference()));
                };
                taches.add(executeur.submit(rappel));
            }
            depart.countDown();
            for (var tache : taches) {
                resultats.add(tache.get()); // une exception dans un appel fait échouer le test ici
            }
        } finally {
            executeur.shutdownNow();
        }

        assertThat(resultats).hasSize(1);
        assertThat(version(validee.id())).as("une seule écriture").isEqualTo(version + 1);
        assertThat(statut(validee.id())).isEqualTo("RAPPELEE");
        assertThat(preDemandes.trouverValidee(validee.numero()))
                .isInstanceOfSatisfying(
                        RechercheParNumero.DejaRappelee.class,
                        d -> assertThat(d.rappel()).isEqualTo(SAINT_ETIENNE));
    }

    private Validee valider() {
        UUID compteId = UUID.randomUUID();
        UUID id = brouillon(compteId);
        brouillons.enregistrer(brouillons.duTitulaire(id, compteId).orElseThrow(), ReponsesDeTest.completes());
        Instant avant = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        NumeroPreDemande numero = validation.valider(id, compteId, "elise.martin@exemple.fr");
        Instant apres = Instant.now().plusMillis(1);
        // le récapitulatif se fait juste après la validation ; la mairie la retrouve plus tard, quand il est là
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select recapitulatif_cle is not null from pre_demande where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single());
        return new Validee(id, compteId, numero, avant, apres);
    }

    private UUID brouillon(UUID compteId) {
        UUID id = UUID.randomUUID();
        brouillons.creer(
                id,
                new IdentiteUsager(
                        compteId,
                        identifiantUnique(),
                        Sexe.F,
                        "Martin",
                        "Élise, Marie",
                        "elise.martin@exemple.fr",
                        "+33612345678"));
        return id;
    }

    /** Le dernier jour de validité : elle cesse de valoir le lendemain à minuit, à Paris. */
    private void finirLe(Validee validee, LocalDate dernierJour) {
        Instant fin = dernierJour.plusDays(1).atStartOfDay(PARIS).toInstant();
        jdbc.sql("update pre_demande set expire_le = ? where id = ?")
                .params(Timestamp.from(fin), validee.id())
                .update();
    }

    private RechercheParNumero refus(NumeroPreDemande numero, Rappel rappel) {
        RappelImpossible refus =
                catchThrowableOfType(RappelImpossible.class, () -> preDemandes.rappeler(numero, rappel));
        assertThat(refus)
                .as("rappel de %s par %s refusé", numero, rappel.mairie())
                .isNotNull();
        return refus.raison();
    }

    private String statut(UUID id) {
        return jdbc.sql("select statut from pre_demande where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private long version(UUID id) {
        return jdbc.sql("select version from pre_demande where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
