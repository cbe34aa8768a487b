package fr.predemande.demande.internal;

import java.util.List;

public record SectionAffichee(Section section, String titre, List<LigneAffichee> lignes) {}
