package fr.predemande.stockage.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Met tous les documents sous la clé maîtresse active : la clé de chaque document enveloppé par une autre clé maîtresse
 * est ré-enveloppée, en base seulement (les octets stockés ne sont ni relus ni réécrits) ; un document déposé en clair,
 * avant le chiffrement, est chiffré. Après une rotation complète, les anciennes clés peuvent quitter la configuration.
 *
 * <p>Lancée par la commande {@link CommandeDeRotation}, pendant que les nœuds servent : chaque document passe d'un état
 * lisible à un autre, chaque étape validée à part (pas de transaction englobante). Un seul nœud à la fois (verrou
 * ShedLock, prolongé à chaque lot) : deux rotations chiffrant le même document ancien sous deux clés différentes
 * pourraient laisser un objet et une clé enveloppée qui ne vont pas ensemble.
 */
class RotationDesCles {

    private static final Logger JOURNAL = LoggerFactory.getLogger(RotationDesCles.class);
    private static final String VERROU = "stockage-rotation-des-cles";
    private static final Duration DUREE_DU_VERROU = Duration.ofMinutes(30);
    private static final int LOT = 200;

    private final MagasinJdbc magasin;
    private final Blobs blobs;
    private final JdbcClient jdbc;
    private final TrousseauDeCles trousseau;
    private final LockProvider verrous;

    RotationDesCles(
            MagasinJdbc magasin, Blobs blobs, JdbcClient jdbc, TrousseauDeCles trousseau, LockProvider verrous) {
        this.magasin = magasin;
        this.blobs = blobs;
        this.jdbc = jdbc;
        this.trousseau = trousseau;
        this.verrous = verrous;
    }

    /**
     * @param reenveloppes les clés de documents passées sous la clé active, sans toucher aux objets
     * @param chiffres les documents anciens, en clair, désormais chiffrés
     * @param echecs un message par document resté tel quel (sa clé maîtresse manque, il est altéré…)
     */
    record Bilan(String cleActive, int reenveloppes, int chiffres, List<String> echecs) {

        /** Vrai quand plus aucun document ne dépend d'une autre clé que l'active : les autres peuvent partir. */
        boolean complet() {
            return echecs.isEmpty();
        }
    }

    /** Ligne de document_stocke à traiter. */
    private record AFaire(MagasinJdbc.Reference reference, String typeMedia) {}

    /** @throws IllegalStateException si une autre rotation est en cours */
    Bilan tourner() {
        Optional<SimpleLock> verrou =
                verrous.lock(new LockConfiguration(Instant.now(), VERROU, DUREE_DU_VERROU, Duration.ZERO));
        if (verrou.isEmpty()) {
            throw new IllegalStateException("Une rotation des clés du stockage est déjà en cours sur un autre nœud");
        }
        SimpleLock tenu = verrou.get();
        try {
            String active = trousseau.active();
            int reenveloppes = 0;
            int chiffres = 0;
            List<String> echecs = new ArrayList<>();
            String apres = "";
            List<AFaire> lot;
            do {
                lot = aFaire(active, apres);
                for (AFaire document : lot) {
                    String cle = document.reference().cle();
                    try {
                        if (document.reference().enClair()) {
                            chiffrer(document, active);
                            chiffres++;
                        } else {
                            reenvelopper(document.reference(), active);
                            reenveloppes++;
                        }
                    } catch (RuntimeException e) {
                        JOURNAL.warn("Rotation des clés : document {} laissé tel quel : {}", cle, e.getMessage());
                        echecs.add(cle + " : " + e.getMessage());
                    }
                    apres = cle;
                }
                // un lot suffit largement à 30 minutes ; le verrou ne dure ainsi qu'autant que la rotation
                Optional<SimpleLock> prolonge = tenu.extend(DUREE_DU_VERROU, Duration.ZERO);
                if (prolonge.isEmpty()) {
                    tenu = null;
                    throw new IllegalStateException("Verrou de la rotation des clés du stockage perdu : relancez-la");
                }
                tenu = prolonge.get();
            } while (lot.size() == LOT);
            return new Bilan(active, reenveloppes, chiffres, List.copyOf(echecs));
        } finally {
            if (tenu != null) {
                tenu.unlock();
            }
        }
    }

    /** Les documents qui dépendent d'une autre clé que l'active, ou peut-être encore en clair, par ordre de clé. */
    private List<AFaire> aFaire(String active, String apres) {
        return jdbc.sql("""
                        select cle, sha256, cle_maitresse, cle_enveloppee, en_clair, type_media from document_stocke
                        where cle > ? and (en_clair or cle_maitresse <> ?) order by cle limit ?""")
                .params(apres, active, LOT)
                .query((ligne, n) -> new AFaire(
                        new MagasinJdbc.Reference(
                                ligne.getString("cle"),
                                ligne.getString("sha256"),
                                ligne.getString("cle_maitresse"),
                                ligne.getBytes("cle_enveloppee"),
                                ligne.getBoolean("en_clair")),
                        ligne.getString("type_media")))
                .list();
    }

    /** Ré-enveloppe la clé du document sous la clé active ; l'objet n'est pas touché. */
    private void reenvelopper(MagasinJdbc.Reference reference, String active) {
        SecretKey cleDuDocument = magasin.cleDuDocument(reference);
        jdbc.sql("update document_stocke set cle_maitresse = ?, cle_enveloppee = ? where cle = ? and cle_maitresse = ?")
                .params(active, trousseau.envelopper(cleDuDocument), reference.cle(), reference.cleMaitresse())
                .update();
    }

    /**
     * Chiffre un document déposé en clair, sans qu'aucun arrêt en cours de route ne le rende illisible : la clé
     * enveloppée est enregistrée d'abord (l'objet, encore en clair, se lit toujours), l'objet chiffré est écrit ensuite
     * (il se lit avec cette clé), et le document n'est marqué chiffré qu'en dernier. Une rotation interrompue est
     * reprise par la suivante, à l'étape où elle s'était arrêtée.
     */
    private void chiffrer(AFaire document, String active) {
        MagasinJdbc.Reference reference = document.reference();
        String cle = reference.cle();
        byte[] objet = blobs.lire(cle);
        if (FormatChiffre.estChiffre(objet)) {
            // une rotation précédente s'est arrêtée après avoir écrit l'objet : il ne reste qu'à le marquer chiffré
            SecretKey cleDuDocument = magasin.cleDuDocument(reference);
            MagasinJdbc.verifierEmpreinte(cle, FormatChiffre.dechiffrer(cleDuDocument, cle, objet), reference.sha256());
            jdbc.sql("update document_stocke set cle_maitresse = ?, cle_enveloppee = ?, en_clair = false where cle = ?")
                    .params(active, trousseau.envelopper(cleDuDocument), cle)
                    .update();
            return;
        }
        // jamais chiffrer un contenu qui n'est plus celui déposé : il resterait altéré, mais authentifié
        MagasinJdbc.verifierEmpreinte(cle, objet, reference.sha256());
        SecretKey cleDuDocument = FormatChiffre.nouvelleCle();
        byte[] cleEnveloppee = trousseau.envelopper(cleDuDocument);
        int enregistree = jdbc.sql(
                        "update document_stocke set cle_maitresse = ?, cle_enveloppee = ? where cle = ? and en_clair")
                .params(active, cleEnveloppee, cle)
                .update();
        if (enregistree != 1) {
            throw new IllegalStateException(
                    "Le document " + cle + " a changé pendant la rotation : il sera repris" + " par la suivante");
        }
        blobs.ecrire(cle, FormatChiffre.chiffrer(cleDuDocument, cle, objet), MagasinJdbc.TYPE_CHIFFRE);
        jdbc.sql("update document_stocke set en_clair = false where cle = ? and cle_enveloppee = ?")
                .params(cle, cleEnveloppee)
                .update();
    }
}
