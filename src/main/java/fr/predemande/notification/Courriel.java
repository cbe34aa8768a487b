package fr.predemande.notification;

/** Un courriel prêt à partir : texte brut et, en alternative, HTML. */
public record Courriel(String destinataire, String sujet, String texte, String html) {}
