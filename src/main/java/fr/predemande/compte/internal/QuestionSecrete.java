package fr.predemande.compte.internal;

/** Les questions proposées ; le libellé de chacune est dans les messages (question-secrete.X). */
public enum QuestionSecrete {
    VILLE_NAISSANCE_MERE,
    PREMIER_ANIMAL,
    ECOLE_PRIMAIRE,
    AMI_ENFANCE,
    PREMIER_EMPLOI
}
