package fr.predemande.compte.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Le frein d'un identifiant depuis une adresse, pour les essais non reconnus (sans cookie d'appareil valable) : on
 * ralentit, on ne verrouille pas. {@value #ECHECS_SANS_ATTENTE} échecs sans attendre, puis chaque essai attend 8
 * secondes, 16, 32… au plus {@link #ATTENTE_MAXIMALE}. Un essai fait avant l'échéance n'est pas vérifié et compte
 * comme un échec : marteler n'allonge que sa propre attente. Tout se compte par identifiant et adresse : les échecs
 * d'un inconnu depuis chez lui ne retardent pas le titulaire qui se connecte d'ailleurs.
 *
 * <p>Les échéances suivent l'horloge de l'application, la même sur tous les nœuds (NTP) ; la ligne est verrouillée le
 * temps de la lire et de l'écrire, si bien que deux nœuds ne comptent pas le même échec deux fois.
 */
@Repository
class AttentesDeConnexion {

    static final int ECHECS_SANS_ATTENTE = 5;
    static final Duration ATTENTE_MAXIMALE = Duration.ofMinutes(5);
    /** Sans nouvel échec pendant ce temps, tout est oublié (et l'adresse, une donnée personnelle, effacée). */
    static final Duration OUBLI = Duration.ofDays(1);
    /** L'identifiant tel qu'on le garde : au-delà, son empreinte (le frein vaut aussi pour ce qui n'en est pas un). */
    private static final int LONGUEUR_MAX_IDENTIFIANT = 64;

    private final JdbcClient jdbc;
    private final Clock horloge;

    AttentesDeConnexion(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** L'attente imposée après ce nombre d'échecs : aucune, puis 8 s au 5e échec, et deux fois plus à chaque suivant. */
    static Duration attenteApres(int echecs) {
        if (echecs < ECHECS_SANS_ATTENTE) {
            return Duration.ZERO;
        }
        int exposant = echecs - ECHECS_SANS_ATTENTE + 3;
        // 2^9 secondes dépassent déjà le maximum ; plus loin, le décalage déborderait
        return exposant >= 9 ? ATTENTE_MAXIMALE : min(Duration.ofSeconds(1L << exposant), ATTENTE_MAXIMALE);
    }

    /**
     * Un essai de cet identifiant depuis cette adresse, compté d'avance comme un échec ({@link #reussite} l'efface) :
     * des essais simultanés ne passent pas tous avant que le premier échec soit compté.
     *
     * @return vide si l'essai peut être vérifié ; sinon l'attente qu'il reste, repoussée par cet essai trop précoce
     */
    @Transactional
    Optional<Duration> essayer(String identifiant, String adresse) {
        Instant maintenant = horloge.instant();
        String cle = cle(identifiant);
        // une seule instruction qui crée ou verrouille la ligne et la rend : une réussite simultanée qui l'efface entre
        // deux instructions ne la laisse pas introuvable (PostgreSQL recommence l'insertion si elle a disparu)
        record Ligne(int echecs, Instant attendreJusqua, Instant oublierLe) {}
        Ligne ligne = jdbc.sql("""
                        insert into frein_connexion (cle_identifiant, adresse, echecs, oublier_le) values (?, ?, 0, ?)
                        on conflict (cle_identifiant, adresse) do update set echecs = frein_connexion.echecs
                        returning echecs, attendre_jusqua, oublier_le""")
                .params(cle, adresse, Timestamp.from(maintenant.plus(OUBLI)))
                .query((resultat, n) -> new Ligne(
                        resultat.getInt("echecs"),
                        instant(resultat.getTimestamp("attendre_jusqua")),
                        instant(resultat.getTimestamp("oublier_le"))))
                .single();
        boolean oubliee = !maintenant.isBefore(ligne.oublierLe());
        boolean tropTot = !oubliee && ligne.attendreJusqua() != null && maintenant.isBefore(ligne.attendreJusqua());
        int echecs = (oubliee ? 0 : ligne.echecs()) + 1;
        Duration attente = attenteApres(echecs);
        jdbc.sql(
                        "update frein_connexion set echecs = ?, attendre_jusqua = ?, oublier_le = ? where cle_identifiant = ? and adresse = ?")
                .params(
                        echecs,
                        attente.isZero() ? null : Timestamp.from(maintenant.plus(attente)),
                        Timestamp.from(maintenant.plus(OUBLI)),
                        cle,
                        adresse)
                .update();
        return tropTot ? Optional.of(attente) : Optional.empty();
    }

    /** Connexion réussie de cet identifiant depuis cette adresse : ses échecs d'ici sont oubliés. */
    void reussite(String identifiant, String adresse) {
        jdbc.sql("delete from frein_connexion where cle_identifiant = ? and adresse = ?")
                .params(cle(identifiant), adresse)
                .update();
    }

    /** Le mot de passe a été réinitialisé par le lien reçu par courriel : les échecs de toutes les adresses sont oubliés. */
    void oublier(String identifiant) {
        jdbc.sql("delete from frein_connexion where cle_identifiant = ?")
                .param(cle(identifiant))
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @SchedulerLock(name = "frein-connexion-purge", lockAtLeastFor = "PT55M", lockAtMostFor = "PT55M")
    void purger() {
        jdbc.sql("delete from frein_connexion where oublier_le < ?")
                .param(Timestamp.from(horloge.instant()))
                .update();
    }

    static String cle(String identifiant) {
        return identifiant.length() <= LONGUEUR_MAX_IDENTIFIANT
                ? identifiant
                : "#" + Jetons.empreinte(identifiant).substring(1);
    }

    private static Instant instant(Timestamp horodatage) {
        return horodatage == null ? null : horodatage.toInstant();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
