package fr.predemande.demande.internal;

/** Une réponse telle qu'on la montre : sur la page de vérification (avec son lien « Modifier ») et dans le PDF. */
public record LigneAffichee(String champ, String libelle, String valeur) {}
