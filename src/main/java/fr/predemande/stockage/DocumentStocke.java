package fr.predemande.stockage;

/** La référence d'un document déposé : ce que les autres modules gardent pour le relire. */
public record DocumentStocke(String cle, String typeMedia, long taille, String sha256) {}
