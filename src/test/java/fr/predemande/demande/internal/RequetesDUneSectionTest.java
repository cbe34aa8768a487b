package fr.predemande.demande.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.support.ApplicationEnTest;
import fr.predemande.support.PreDemandesDeTest;
import fr.predemande.support.RequetesSql;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * Ce que coûte en base l'enregistrement d'une section, tel que le navigateur le fait : l'envoi du formulaire, puis la
 * page suivante où mène la redirection. Compté sur le fil de la requête (session, sécurité, pré-demande, référentiel),
 * section par section, une fois les caches chauds (le même usager enregistre deux fois ses six sections).
 */
@Import(RequetesSql.class)
class RequetesDUneSectionTest extends ApplicationEnTest {

    /**
     * Hors session (Spring Session JDBC, qui a ses propres règles), envoi et page suivante de la section la plus
     * chère : lire la pré-demande et l'enregistrer, puis la relire pour la page suivante. Les communes saisies sont
     * résolues de mémoire une fois vues (elles l'étaient en base à chaque envoi et quatre fois sur la vérification).
     */
    static final int MAXIMUM_HORS_SESSION = 3;

    @Test
    void enregistrerUneSectionNeCoutePasPlusDeRequetesQuePrevu() throws Exception {
        Cookie session = connecter(compteActive());
        UUID id = UUID.randomUUID();
        mvc.perform(post("/demandes").cookie(session).with(csrf()).param("id", id.toString()))
                .andExpect(status().is3xxRedirection());
        List<String> rapport = new ArrayList<>();
        long pire = 0;
        for (int passage = 1; passage <= 2; passage++) {
            for (var section : PreDemandesDeTest.REPONSES.entrySet()) {
                var envoi = post("/demandes/" + id + "/" + section.getKey())
                        .cookie(session)
                        .with(csrf());
                section.getValue().forEach(envoi::param);
                String[] suivante = new String[1];
                List<String> duFormulaire = RequetesSql.pendant(() -> suivante[0] = mvc.perform(envoi)
                        .andExpect(status().is3xxRedirection())
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl());
                List<String> deLaPage = RequetesSql.pendant(
                        () -> mvc.perform(get(suivante[0]).cookie(session)).andExpect(status().isOk()));
                if (passage == 2) {
                    long total = RequetesSql.instructions(duFormulaire) + RequetesSql.instructions(deLaPage);
                    pire = Math.max(pire, horsSession(duFormulaire) + horsSession(deLaPage));
                    rapport.add(section.getKey() + " : " + RequetesSql.instructions(duFormulaire) + " + "
                            + RequetesSql.instructions(deLaPage) + " = " + total + " requêtes, "
                            + (duFormulaire.size() + deLaPage.size()) + " allers-retours avec les COMMIT\n    envoi : "
                            + String.join("\n      ", duFormulaire) + "\n    page : "
                            + String.join("\n      ", deLaPage));
                }
            }
        }
        System.out.println("Requêtes SQL par section (envoi + page suivante) :\n  " + String.join("\n  ", rapport));
        assertThat(pire).as(String.join("\n", rapport)).isLessThanOrEqualTo(MAXIMUM_HORS_SESSION);
    }

    private static long horsSession(List<String> requetes) {
        return requetes.stream()
                .filter(r -> !r.equals("COMMIT")
                        && !r.equals("ROLLBACK")
                        && !r.toUpperCase().contains("SPRING_SESSION"))
                .count();
    }
}
