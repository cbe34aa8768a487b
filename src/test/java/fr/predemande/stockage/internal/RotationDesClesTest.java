package fr.predemande.stockage.internal;

import static fr.predemande.stockage.internal.ChiffrementDesDocumentsTest.HORLOGE;
import static fr.predemande.stockage.internal.ChiffrementDesDocumentsTest.deposerCommeAvantLeChiffrement;
import static fr.predemande.stockage.internal.ChiffrementDesDocumentsTest.nouvelleCle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import fr.predemande.stockage.DocumentIllisible;
import fr.predemande.stockage.DocumentIllisible.Raison;
import fr.predemande.stockage.DocumentStocke;
import fr.predemande.stockage.OctetsBruts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;

/**
 * La rotation : des documents chiffrés sous la clé A passent sous la clé B sans que leurs octets soient réécrits, puis
 * A peut quitter la configuration ; les documents déposés en clair sont chiffrés, même si une rotation s'interrompt.
 */
@SpringBootTest
class RotationDesClesTest {

    static final String CLE_A = nouvelleCle("A");
    static final String CLE_B = nouvelleCle("B");

    @Autowired
    Environment environnement;

    @Autowired
    LockProvider verrous;

    @TempDir
    Path dossier;

    SchemaIsole base;
    BlobsSurDisque blobs;

    @BeforeEach
    void preparer() throws Exception {
        base = SchemaIsole.creer(environnement);
        blobs = new BlobsSurDisque(dossier);
    }

    @AfterEach
    void nettoyer() throws Exception {
        base.close();
    }

    /** Le magasin et sa rotation tels que les configurerait un nœud avec ces clés (la première active). */
    record Noeud(MagasinJdbc magasin, RotationDesCles rotation) {}

    Noeud noeud(Blobs blobs, String active, String... cles) {
        var trousseau = TrousseauDeCles.depuis(List.of(cles), active);
        var magasin = new MagasinJdbc(blobs, base.jdbc, HORLOGE, trousseau);
        return new Noeud(magasin, new RotationDesCles(magasin, blobs, base.jdbc, trousseau, verrous));
    }

    Noeud noeud(String active, String... cles) {
        return noeud(blobs, active, cles);
    }

    @Test
    void apresLaRotationVersBLaCleAPeutPartirEtLesOctetsNOntPasEteReecrits() throws Exception {
        var avecA = noeud("A", CLE_A).magasin();
        Map<DocumentStocke, byte[]> documents = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            byte[] contenu = ("%PDF récapitulatif n° " + i + " MARTIN Élise").getBytes(StandardCharsets.UTF_8);
            documents.put(avecA.deposer("recapitulatifs", contenu, "application/pdf"), contenu);
        }
        Map<String, byte[]> octetsAvant = new LinkedHashMap<>();
        Map<String, FileTime> datesAvant = new LinkedHashMap<>();
        for (var document : documents.keySet()) {
            Path fichier = dossier.resolve(document.cle());
            octetsAvant.put(document.cle(), Files.readAllBytes(fichier));
            // une date ancienne : une réécriture, même dans la même milliseconde, la changerait
            Files.setLastModifiedTime(fichier, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
            datesAvant.put(document.cle(), Files.getLastModifiedTime(fichier));
        }
        var premier = documents.keySet().iterator().next();
        // sans A, rien ne se lit encore : la rotation est bien nécessaire
        assertThatExceptionOfType(DocumentIllisible.class)
                .isThrownBy(() -> noeud("B", CLE_B).magasin().lire(premier))
                .matches(e -> e.raison() == Raison.CLE_MAITRESSE_ABSENTE && "A".equals(e.cleMaitresse()));

        var bilan = noeud("B", CLE_B, CLE_A).rotation().tourner();

        assertThat(bilan.reenveloppes()).isEqualTo(3);
        assertThat(bilan.chiffres()).isZero();
        assertThat(bilan.complet()).isTrue();
        assertThat(base.jdbc
                        .sql("select distinct cle_maitresse from document_stocke")
                        .query(String.class)
                        .list())
                .containsExactly("B");
        var seulementB = noeud("B", CLE_B).magasin();
        for (var document : documents.entrySet()) {
            assertThat(seulementB.lire(document.getKey())).isEqualTo(document.getValue());
            Path fichier = dossier.resolve(document.getKey().cle());
            assertThat(Files.readAllBytes(fichier))
                    .isEqualTo(octetsAvant.get(document.getKey().cle()));
            assertThat(Files.getLastModifiedTime(fichier))
                    .isEqualTo(datesAvant.get(document.getKey().cle()));
        }
        // une seconde rotation n'a plus rien à faire
        var encore = noeud("B", CLE_B).rotation().tourner();
        assertThat(encore.reenveloppes() + encore.chiffres()).isZero();
    }

    @Test
    void lesDocumentsDeposesEnClairSontChiffresParLaRotation() throws Exception {
        byte[] recapitulatif = OctetsBruts.recapitulatif();
        var ancien = deposerCommeAvantLeChiffrement(base, blobs, "recapitulatifs/2025-06-01/ancien", recapitulatif);
        var recent = noeud("A", CLE_A).magasin().deposer("recapitulatifs", new byte[] {1, 2, 3}, "application/pdf");

        var bilan = noeud("B", CLE_B, CLE_A).rotation().tourner();

        assertThat(bilan.chiffres()).isEqualTo(1);
        assertThat(bilan.reenveloppes()).isEqualTo(1);
        byte[] surLeDisque = Files.readAllBytes(dossier.resolve(ancien.cle()));
        assertThat(OctetsBruts.donneesLisibles(surLeDisque)).isEmpty();
        assertThat(OctetsBruts.entropie(surLeDisque)).isGreaterThan(7.95);
        assertThat(base.jdbc
                        .sql("select en_clair from document_stocke where cle = ?")
                        .param(ancien.cle())
                        .query(Boolean.class)
                        .single())
                .isFalse();
        var seulementB = noeud("B", CLE_B).magasin();
        assertThat(seulementB.lire(ancien)).isEqualTo(recapitulatif);
        assertThat(seulementB.lire(recent)).containsExactly(1, 2, 3);
    }

    @Test
    void uneRotationInterrompueAvantLEcritureDeLObjetLaisseLeDocumentLisibleEtEstReprise() throws Exception {
        byte[] recapitulatif = OctetsBruts.recapitulatif();
        var ancien = deposerCommeAvantLeChiffrement(base, blobs, "recapitulatifs/2025-06-01/ancien", recapitulatif);
        var enPanne = new Blobs() {
            @Override
            public void ecrire(String cle, byte[] contenu, String typeMedia) {
                throw new IllegalStateException("disque plein");
            }

            @Override
            public byte[] lire(String cle) {
                return blobs.lire(cle);
            }
        };

        var interrompue = noeud(enPanne, "B", CLE_B).rotation().tourner();

        assertThat(interrompue.complet()).isFalse();
        assertThat(interrompue.echecs()).singleElement().asString().contains(ancien.cle(), "disque plein");
        // la clé enveloppée est déjà en base, l'objet encore en clair : il se lit
        assertThat(noeud("B", CLE_B).magasin().lire(ancien)).isEqualTo(recapitulatif);

        var reprise = noeud("B", CLE_B).rotation().tourner();

        assertThat(reprise.chiffres()).isEqualTo(1);
        assertThat(OctetsBruts.donneesLisibles(Files.readAllBytes(dossier.resolve(ancien.cle()))))
                .isEmpty();
        assertThat(noeud("B", CLE_B).magasin().lire(ancien)).isEqualTo(recapitulatif);
    }

    @Test
    void uneRotationInterrompueApresLEcritureDeLObjetLaisseLeDocumentLisibleEtEstReprise() throws Exception {
        byte[] recapitulatif = OctetsBruts.recapitulatif();
        var ancien = deposerCommeAvantLeChiffrement(base, blobs, "recapitulatifs/2025-06-01/ancien", recapitulatif);
        // l'objet chiffré est écrit, puis le processus s'arrête avant de marquer le document chiffré
        var arretApresEcriture = new Blobs() {
            @Override
            public void ecrire(String cle, byte[] contenu, String typeMedia) {
                blobs.ecrire(cle, contenu, typeMedia);
                throw new IllegalStateException("arrêt du nœud");
            }

            @Override
            public byte[] lire(String cle) {
                return blobs.lire(cle);
            }
        };

        noeud(arretApresEcriture, "A", CLE_A).rotation().tourner();

        Path fichier = dossier.resolve(ancien.cle());
        byte[] chiffre = Files.readAllBytes(fichier);
        assertThat(OctetsBruts.donneesLisibles(chiffre)).isEmpty();
        assertThat(base.jdbc
                        .sql("select en_clair from document_stocke where cle = ?")
                        .param(ancien.cle())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // marqué « peut-être en clair », mais l'objet chiffré se lit avec la clé enregistrée avant son écriture
        assertThat(noeud("A", CLE_A).magasin().lire(ancien)).isEqualTo(recapitulatif);

        // reprise sous une autre clé active : marqué chiffré, sa clé ré-enveloppée, l'objet pas réécrit
        var reprise = noeud("B", CLE_B, CLE_A).rotation().tourner();

        assertThat(reprise.complet()).isTrue();
        assertThat(Files.readAllBytes(fichier)).isEqualTo(chiffre);
        assertThat(noeud("B", CLE_B).magasin().lire(ancien)).isEqualTo(recapitulatif);
    }

    @Test
    void unDocumentDontLaCleMaitresseManqueResteTelQuelEtEstSignale() {
        var sousA = noeud("A", CLE_A).magasin().deposer("numerisations", new byte[] {4, 5, 6}, "image/jpeg");
        var sousB = noeud("B", CLE_B).magasin().deposer("numerisations", new byte[] {7, 8, 9}, "image/jpeg");
        String cleC = nouvelleCle("C");

        // C active, mais A n'a pas été gardée dans la configuration
        var bilan = noeud("C", cleC, CLE_B).rotation().tourner();

        assertThat(bilan.reenveloppes()).isEqualTo(1);
        assertThat(bilan.complet()).isFalse();
        assertThat(bilan.echecs()).singleElement().asString().contains(sousA.cle(), "« A »");
        assertThat(noeud("A", CLE_A).magasin().lire(sousA)).containsExactly(4, 5, 6);
        assertThat(noeud("C", cleC).magasin().lire(sousB)).containsExactly(7, 8, 9);
    }

    @Test
    void uneSeuleRotationALaFois() {
        var deja = verrous.lock(new LockConfiguration(
                        Instant.now(), "stockage-rotation-des-cles", Duration.ofMinutes(1), Duration.ZERO))
                .orElseThrow();
        try {
            assertThatIllegalStateException()
                    .isThrownBy(() -> noeud("B", CLE_B).rotation().tourner())
                    .withMessageContaining("déjà en cours");
        } finally {
            deja.unlock();
        }
    }

    @Test
    void laCommandeSortAvecZeroQuandTousLesDocumentsSontSousLaCleActiveEtUnSinon() {
        var document = noeud("A", CLE_A).magasin().deposer("recapitulatifs", new byte[] {1}, "application/pdf");
        List<Integer> codes = new ArrayList<>();

        new CommandeDeRotation(noeud("B", CLE_B).rotation(), contexte(), codes::add).run(null);
        new CommandeDeRotation(noeud("B", CLE_B, CLE_A).rotation(), contexte(), codes::add).run(null);

        // sans A, le document reste en arrière (1) ; avec A, la rotation se termine (0)
        assertThat(codes).containsExactly(1, 0);
        assertThat(noeud("B", CLE_B).magasin().lire(document)).containsExactly(1);
    }

    /** Le contexte que la commande ferme avant de sortir. */
    private static GenericApplicationContext contexte() {
        var contexte = new GenericApplicationContext();
        contexte.refresh();
        return contexte;
    }
}
