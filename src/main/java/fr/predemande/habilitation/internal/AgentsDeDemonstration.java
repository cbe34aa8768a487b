package fr.predemande.habilitation.internal;

import fr.predemande.habilitation.ClientApiConnecte;
import fr.predemande.habilitation.RoleAgent;
import fr.predemande.referentiel.Mairie;
import fr.predemande.referentiel.Mairies;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hors production : dans chacune des deux mairies de démonstration (créées juste avant par le module referentiel), un
 * agent et un administrateur déjà enrôlés, avec un mot de passe et un secret TOTP fixes, affichés au démarrage pour les
 * ajouter à une application d'authentification (ou calculer les codes : {@code oathtool --totp -b SECRET}) ; et deux
 * clients d'API, l'un avec la portée « recueil », l'autre sans. Rien n'est recréé ni modifié à un redémarrage.
 */
@Component
@ConditionalOnBooleanProperty("predemande.comptes-demo")
@Order(20)
class AgentsDeDemonstration implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AgentsDeDemonstration.class);

    /** Le code d'une mairie de démonstration (voir MairiesDeDemonstration du module referentiel). */
    record AgentDeDemonstration(
            String mairie,
            String identifiant,
            String prenom,
            String nom,
            Set<RoleAgent> roles,
            String motDePasse,
            String secret) {}

    record ClientDeDemonstration(String identifiant, String nom, String secret, Set<String> portees) {}

    static final List<AgentDeDemonstration> AGENTS = List.of(
            new AgentDeDemonstration(
                    "42218-01",
                    "agent.saint-etienne",
                    "Léa",
                    "Martin",
                    Set.of(RoleAgent.AGENT),
                    "tilleul-boussole-renard-17",
                    "S47MVVD6BPGFGRSQ5CAA26UQKNYNSO6N"),
            new AgentDeDemonstration(
                    "42218-01",
                    "admin.saint-etienne",
                    "Paul",
                    "Bernard",
                    Set.of(RoleAgent.AGENT, RoleAgent.ADMINISTRATEUR),
                    "glycine-phare-castor-58",
                    "H6CJQEDJYJI73YYAW45BWQNHT2J7GUBT"),
            new AgentDeDemonstration(
                    "69383-01",
                    "agent.lyon3",
                    "Inès",
                    "Petit",
                    Set.of(RoleAgent.AGENT),
                    "amandier-lanterne-loutre-23",
                    "4YTRPNUUSHOGBJKRV7ODVBSE6NYIICJC"),
            new AgentDeDemonstration(
                    "69383-01",
                    "admin.lyon3",
                    "Hugo",
                    "Moreau",
                    Set.of(RoleAgent.AGENT, RoleAgent.ADMINISTRATEUR),
                    "noisetier-compas-heron-64",
                    "N3BAXNCOGWUPFOU5V5SRDRHQ5EOZCHIC"));

    static final List<ClientDeDemonstration> CLIENTS = List.of(
            new ClientDeDemonstration(
                    "demo.editeur",
                    "Éditeur de démonstration (recueil)",
                    "nHONctHLSPKYpuXaLZBSx08gDYypy42A",
                    Set.of(ClientApiConnecte.PORTEE_RECUEIL)),
            new ClientDeDemonstration(
                    "demo.sans-portee",
                    "Éditeur de démonstration (sans portée)",
                    "-2mQtf9W7V7u6w8xnx_vXZjtC-Ey8lO0",
                    Set.of()));

    private final Mairies mairies;
    private final AgentRepository agents;
    private final ClientsApi clients;
    private final PasswordEncoder empreintes;
    private final Clock horloge;

    AgentsDeDemonstration(
            Mairies mairies, AgentRepository agents, ClientsApi clients, PasswordEncoder empreintes, Clock horloge) {
        this.mairies = mairies;
        this.agents = agents;
        this.clients = clients;
        this.empreintes = empreintes;
        this.horloge = horloge;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Instant maintenant = horloge.instant();
        var texte = new StringBuilder("\n──────────────────────────────────────────────────────────────\n")
                .append(" Espace mairie : comptes de démonstration (connexion sur /mairie/connexion)\n");
        for (AgentDeDemonstration demo : AGENTS) {
            Optional<Mairie> mairie = mairies.toutes().stream()
                    .filter(m -> m.code().equals(demo.mairie()))
                    .findFirst();
            if (mairie.isEmpty()) {
                continue;
            }
            if (agents.parIdentifiant(demo.identifiant()).isEmpty()) {
                agents.inserer(
                        new Agent(
                                UUID.randomUUID(),
                                demo.identifiant(),
                                demo.nom(),
                                demo.prenom(),
                                mairie.get().id(),
                                demo.roles(),
                                empreintes.encode(demo.motDePasse()),
                                demo.secret(),
                                true,
                                null,
                                0,
                                0,
                                null,
                                0),
                        null,
                        maintenant);
            }
            texte.append(String.format(
                    """
                     %s — %s (%s)
                       identifiant  : %s
                       mot de passe : %s
                       secret TOTP  : %s   (oathtool --totp -b %s)
                       %s
                    """,
                    mairie.get().nom(),
                    demo.roles().contains(RoleAgent.ADMINISTRATEUR) ? "administrateur" : "agent",
                    demo.prenom() + " " + demo.nom(),
                    demo.identifiant(),
                    demo.motDePasse(),
                    demo.secret(),
                    demo.secret(),
                    ConnexionDesAgents.adresseOtpauth(demo.identifiant(), demo.secret())));
        }
        texte.append(" API (/api/v1/**, HTTP Basic identifiant:secret)\n");
        for (ClientDeDemonstration demo : CLIENTS) {
            clients.ajouterSiAbsent(demo.identifiant(), demo.nom(), demo.secret(), demo.portees(), maintenant);
            texte.append(String.format("   %s : %s   portées %s%n", demo.identifiant(), demo.secret(), demo.portees()));
        }
        LOG.info(texte.append("──────────────────────────────────────────────────────────────")
                .toString());
    }
}
