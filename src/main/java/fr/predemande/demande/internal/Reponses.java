package fr.predemande.demande.internal;

/**
 * Le document des réponses d'un brouillon, enregistré en JSON (jsonb) : une section par formulaire ; une section
 * jamais ouverte est vide, jamais nulle. Version 2 : les choix fermés sont des énumérations et des booléens (la
 * migration V9 a converti les documents de la version 1, où tout était texte).
 */
public class Reponses {

    static final int VERSION = 2;

    private FormulaireMotif motif = new FormulaireMotif();
    private FormulaireEtatCivil etatCivil = new FormulaireEtatCivil();
    private FormulaireFiliation filiation = new FormulaireFiliation();
    private FormulaireNationalite nationalite = new FormulaireNationalite();
    private FormulaireAdresse adresse = new FormulaireAdresse();
    private FormulaireContact contact = new FormulaireContact();

    public FormulaireMotif getMotif() {
        return motif;
    }

    public void setMotif(FormulaireMotif motif) {
        this.motif = motif;
    }

    public FormulaireEtatCivil getEtatCivil() {
        return etatCivil;
    }

    public void setEtatCivil(FormulaireEtatCivil etatCivil) {
        this.etatCivil = etatCivil;
    }

    public FormulaireFiliation getFiliation() {
        return filiation;
    }

    public void setFiliation(FormulaireFiliation filiation) {
        this.filiation = filiation;
    }

    public FormulaireNationalite getNationalite() {
        return nationalite;
    }

    public void setNationalite(FormulaireNationalite nationalite) {
        this.nationalite = nationalite;
    }

    public FormulaireAdresse getAdresse() {
        return adresse;
    }

    public void setAdresse(FormulaireAdresse adresse) {
        this.adresse = adresse;
    }

    public FormulaireContact getContact() {
        return contact;
    }

    public void setContact(FormulaireContact contact) {
        this.contact = contact;
    }
}
