package fr.predemande.demande;

/**
 * Une réponse telle qu'on la montre : sur la page de vérification (avec son lien « Modifier »), dans le PDF et au
 * guichet. {@code champ} est le nom du champ du formulaire ; {@code valeur} est vide quand la réponse manque.
 */
public record LigneAffichee(String champ, String libelle, String valeur) {}
