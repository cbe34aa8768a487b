package fr.predemande.demande.internal;

/** Section « Nationalité » : comment la nationalité française a été acquise. Tout est gardé tel que tapé, même faux. */
public class FormulaireNationalite {

    private String acquisition = "";
    private String precision = "";

    public String getAcquisition() { return acquisition; }
    public void setAcquisition(String acquisition) { this.acquisition = acquisition == null ? "" : acquisition; }
    public String getPrecision() { return precision; }
    public void setPrecision(String precision) { this.precision = precision == null ? "" : precision; }
}
