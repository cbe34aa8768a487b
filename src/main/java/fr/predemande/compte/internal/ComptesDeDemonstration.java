package fr.predemande.compte.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Hors production : un compte usager activé pour essayer le service sans passer par l'inscription. */
@Component
@ConditionalOnBooleanProperty("predemande.comptes-demo")
class ComptesDeDemonstration implements ApplicationRunner {

    static final String IDENTIFIANT = "demo.usager";
    static final String MOT_DE_PASSE = "cerisier-lanterne-hibou-42";
    private static final Logger LOG = LoggerFactory.getLogger(ComptesDeDemonstration.class);

    private final CompteRepository comptes;
    private final PasswordEncoder empreintes;
    private final Clock horloge;
    private final String versionDesCgu;
    private final String urlPublique;

    ComptesDeDemonstration(CompteRepository comptes, PasswordEncoder empreintes, Clock horloge,
            @Value("${predemande.cgu.version}") String versionDesCgu, @Value("${predemande.url-publique}") String urlPublique) {
        this.comptes = comptes;
        this.empreintes = empreintes;
        this.horloge = horloge;
        this.versionDesCgu = versionDesCgu;
        this.urlPublique = urlPublique;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!comptes.identifiantPris(IDENTIFIANT)) {
            Instant maintenant = horloge.instant();
            var compte = new Compte(UUID.randomUUID(), IDENTIFIANT, "F", "Dupont", "Camille Marie",
                    "camille.dupont@example.fr", null, "+33612345678", QuestionSecrete.PREMIER_ANIMAL,
                    empreintes.encode("medor"), null, null, versionDesCgu, maintenant, 0);
            comptes.inserer(compte, maintenant);
            comptes.definirMotDePasse(compte.id(), empreintes.encode(MOT_DE_PASSE), maintenant);
        }
        LOG.info("""

                ──────────────────────────────────────────────────────────────
                 Prédemande est prêt : {}
                 Compte de démonstration (usager)
                   identifiant  : {}
                   mot de passe : {}
                   réponse secrète (premier animal) : medor
                 Courriels envoyés (développement) : {}/dev/courriels
                ──────────────────────────────────────────────────────────────""",
                urlPublique, IDENTIFIANT, MOT_DE_PASSE, urlPublique);
    }
}
