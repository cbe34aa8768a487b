package fr.predemande.compte.internal;

import fr.predemande.web.ReglagesDuWeb;
import fr.predemande.web.UrlPublique;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final UrlPublique urlPublique;

    ComptesDeDemonstration(
            CompteRepository comptes,
            PasswordEncoder empreintes,
            Clock horloge,
            ReglagesDuWeb reglagesDuWeb,
            UrlPublique urlPublique) {
        this.comptes = comptes;
        this.empreintes = empreintes;
        this.horloge = horloge;
        this.versionDesCgu = reglagesDuWeb.cgu().version();
        this.urlPublique = urlPublique;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!comptes.identifiantPris(IDENTIFIANT)) {
            Instant maintenant = horloge.instant();
            var compte = new Compte(
                    UUID.randomUUID(),
                    IDENTIFIANT,
                    "F",
                    "Dupont",
                    "Camille Marie",
                    "camille.dupont@example.fr",
                    null,
                    "+33612345678",
                    QuestionSecrete.PREMIER_ANIMAL,
                    empreintes.encode("medor"),
                    null,
                    null,
                    versionDesCgu,
                    maintenant,
                    0);
            comptes.inserer(compte, maintenant);
            comptes.definirMotDePasse(compte.id(), empreintes.encode(MOT_DE_PASSE), maintenant);
        }
        LOG.info(
                """

                ──────────────────────────────────────────────────────────────
                 Prédemande est prêt : {}
                 Compte de démonstration (usager)
                   identifiant  : {}
                   mot de passe : {}
                   réponse secrète (premier animal) : medor
                 Courriels envoyés (développement) : {}
                ──────────────────────────────────────────────────────────────""",
                // lue maintenant, serveur démarré : le port est le vrai, même choisi au hasard (SERVER_PORT=0)
                urlPublique.de("/"),
                IDENTIFIANT,
                MOT_DE_PASSE,
                urlPublique.de("/dev/courriels"));
    }
}
