package fr.predemande.referentiel;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Une mairie équipée d'un ou de plusieurs dispositifs de recueil (postes), où l'on dépose une demande de titre.
 *
 * @param code un code court et stable, unique (par exemple {@code 42218-01})
 * @param codeDepartement le département de la mairie : il fixe le territoire d'instruction du dossier et le début
 *     du numéro de demande
 * @param codeInsee la commune de la mairie
 */
public record Mairie(UUID id, String code, String nom, String codeDepartement, String codeInsee)
        implements Serializable {

    public Mairie {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(codeDepartement, "codeDepartement");
    }
}
