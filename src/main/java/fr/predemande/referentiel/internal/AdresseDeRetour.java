package fr.predemande.referentiel.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * La page du formulaire où revenir après avoir choisi une commune sans JavaScript : un chemin de ce site seulement
 * ({@code /demandes/…}), jamais une adresse absolue ({@code https://…}), relative au protocole ({@code //…}) ou que
 * certains navigateurs lisent comme telle ({@code /\…}) : pas de redirection ouverte.
 */
record AdresseDeRetour(String chemin) {

    /** Un « / » non suivi de « / » ni de « \ », puis les caractères d'un chemin et d'une requête (RFC 3986), sans fragment. */
    private static final Pattern CHEMIN = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@/%?]{0,500}");
    /** Le nom du champ du formulaire, tel que Spring le lie ({@code naissance.commune}, {@code parents[0].commune}). */
    private static final Pattern CHAMP = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\[\\]]{0,80}");

    AdresseDeRetour {
        if (chemin == null || !CHEMIN.matcher(chemin).matches()) {
            throw new IllegalArgumentException("Adresse de retour refusée");
        }
        try {
            URI uri = new URI(chemin);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                throw new IllegalArgumentException("Adresse de retour refusée");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Adresse de retour refusée", e);
        }
    }

    static boolean champValide(String champ) {
        return champ != null && CHAMP.matcher(champ).matches();
    }

    /** Le retour au formulaire avec la valeur choisie pour ce champ ; le formulaire la résout comme une saisie. */
    String avec(String champ, String valeur) {
        if (!champValide(champ)) {
            throw new IllegalArgumentException("Nom de champ refusé");
        }
        return chemin + (chemin.contains("?") ? "&" : "?") + URLEncoder.encode(champ, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(valeur, StandardCharsets.UTF_8);
    }
}
