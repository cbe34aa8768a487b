package fr.predemande.demande.internal;

import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.TypeDeTitre;

/**
 * Section « Motif » : le titre demandé, la raison, et l’ancien titre quand la raison l’exige. Les choix sont typés ;
 * le texte libre est gardé tel que tapé, même faux (le numéro en capitales sans espace, les dates lisibles au format
 * JJ/MM/AAAA).
 */
public class FormulaireMotif {

    private TypeDeTitre titre;
    private Motif motif;
    private Boolean titreSecurise;
    private TypeDeTitre ancienTitreType;
    private String ancienTitreNumero = "";
    private String ancienTitreDateDelivrance = "";
    private String ancienTitreDateExpiration = "";
    private String ancienTitreAutorite = "";
    private Boolean ancienTitrePresentable;

    public TypeDeTitre getTitre() {
        return titre;
    }

    public void setTitre(TypeDeTitre titre) {
        this.titre = titre;
    }

    public Motif getMotif() {
        return motif;
    }

    public void setMotif(Motif motif) {
        this.motif = motif;
    }

    public Boolean getTitreSecurise() {
        return titreSecurise;
    }

    public void setTitreSecurise(Boolean titreSecurise) {
        this.titreSecurise = titreSecurise;
    }

    public TypeDeTitre getAncienTitreType() {
        return ancienTitreType;
    }

    public void setAncienTitreType(TypeDeTitre ancienTitreType) {
        this.ancienTitreType = ancienTitreType;
    }

    public String getAncienTitreNumero() {
        return ancienTitreNumero;
    }

    public void setAncienTitreNumero(String ancienTitreNumero) {
        this.ancienTitreNumero = Textes.numeroDeTitre(ancienTitreNumero);
    }

    public String getAncienTitreDateDelivrance() {
        return ancienTitreDateDelivrance;
    }

    public void setAncienTitreDateDelivrance(String date) {
        this.ancienTitreDateDelivrance = Dates.normaliser(date);
    }

    public String getAncienTitreDateExpiration() {
        return ancienTitreDateExpiration;
    }

    public void setAncienTitreDateExpiration(String date) {
        this.ancienTitreDateExpiration = Dates.normaliser(date);
    }

    public String getAncienTitreAutorite() {
        return ancienTitreAutorite;
    }

    public void setAncienTitreAutorite(String ancienTitreAutorite) {
        this.ancienTitreAutorite = Textes.texte(ancienTitreAutorite);
    }

    public Boolean getAncienTitrePresentable() {
        return ancienTitrePresentable;
    }

    public void setAncienTitrePresentable(Boolean ancienTitrePresentable) {
        this.ancienTitrePresentable = ancienTitrePresentable;
    }
}
