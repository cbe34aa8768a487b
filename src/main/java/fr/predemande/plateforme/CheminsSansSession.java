package fr.predemande.plateforme;

import java.util.List;

/**
 * Les chemins qu'un module sert sans jamais charger de session, même quand le navigateur présente un cookie de session :
 * ressources statiques, sondes, lien du QR code. Chaque module déclare les siens en bean ; aucune session n'y est lue
 * en base, ni créée, et le cookie du visiteur n'y est jamais touché.
 *
 * @param motifs des motifs de chemin ({@code /actuator/**}, {@code /p/*})
 */
public record CheminsSansSession(List<String> motifs) {

    public CheminsSansSession {
        motifs = List.copyOf(motifs);
    }

    public static CheminsSansSession de(String... motifs) {
        return new CheminsSansSession(List.of(motifs));
    }
}
