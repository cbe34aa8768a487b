package fr.predemande.demande.internal;

/** Section « Motif » : le titre demandé, la raison, et l’ancien titre quand la raison l’exige. Tout est gardé tel que tapé, même faux. */
public class FormulaireMotif {

    private String titre = "";
    private String motif = "";
    private String titreSecurise = "";
    private String ancienTitreType = "";
    private String ancienTitreNumero = "";
    private String ancienTitreDateDelivrance = "";
    private String ancienTitreDateExpiration = "";
    private String ancienTitreAutorite = "";
    private String ancienTitrePresentable = "";

    public String getTitre() { return titre; }
    public void setTitre(String titre) { this.titre = titre == null ? "" : titre; }
    public String getMotif() { return motif; }
    public void setMotif(String motif) { this.motif = motif == null ? "" : motif; }
    public String getTitreSecurise() { return titreSecurise; }
    public void setTitreSecurise(String titreSecurise) { this.titreSecurise = titreSecurise == null ? "" : titreSecurise; }
    public String getAncienTitreType() { return ancienTitreType; }
    public void setAncienTitreType(String ancienTitreType) { this.ancienTitreType = ancienTitreType == null ? "" : ancienTitreType; }
    public String getAncienTitreNumero() { return ancienTitreNumero; }
    public void setAncienTitreNumero(String ancienTitreNumero) { this.ancienTitreNumero = ancienTitreNumero == null ? "" : ancienTitreNumero; }
    public String getAncienTitreDateDelivrance() { return ancienTitreDateDelivrance; }
    public void setAncienTitreDateDelivrance(String ancienTitreDateDelivrance) { this.ancienTitreDateDelivrance = ancienTitreDateDelivrance == null ? "" : ancienTitreDateDelivrance; }
    public String getAncienTitreDateExpiration() { return ancienTitreDateExpiration; }
    public void setAncienTitreDateExpiration(String ancienTitreDateExpiration) { this.ancienTitreDateExpiration = ancienTitreDateExpiration == null ? "" : ancienTitreDateExpiration; }
    public String getAncienTitreAutorite() { return ancienTitreAutorite; }
    public void setAncienTitreAutorite(String ancienTitreAutorite) { this.ancienTitreAutorite = ancienTitreAutorite == null ? "" : ancienTitreAutorite; }
    public String getAncienTitrePresentable() { return ancienTitrePresentable; }
    public void setAncienTitrePresentable(String ancienTitrePresentable) { this.ancienTitrePresentable = ancienTitrePresentable == null ? "" : ancienTitrePresentable; }
}
