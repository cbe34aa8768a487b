package fr.predemande.referentiel;

/** Un département, ou une collectivité d'outre-mer (même codification à 3 chiffres dans le Code officiel géographique). */
public record Departement(String code, String nom) {}
