package fr.predemande.saisie;

import java.util.List;
import java.util.Objects;

/**
 * Refus d'une saisie : le code est une clé de message (par exemple {@code saisie.nom.caracteres}) et les arguments
 * remplissent ses emplacements {@code {0}}, {@code {1}}… La traduction en texte reste à la couche web.
 */
public record ErreurDeSaisie(String code, List<Object> arguments) {

    public ErreurDeSaisie {
        Objects.requireNonNull(code, "code");
        // Copie non modifiable : l'erreur circule entre couches, personne ne doit pouvoir la retoucher en chemin.
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static ErreurDeSaisie de(String code, Object... arguments) {
        return new ErreurDeSaisie(code, arguments == null ? List.of() : List.of(arguments));
    }
}
