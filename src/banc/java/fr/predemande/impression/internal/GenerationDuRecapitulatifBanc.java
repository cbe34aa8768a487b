package fr.predemande.impression.internal;

import fr.predemande.impression.GenerateurDeRecapitulatif;
import fr.predemande.impression.Recapitulatif;
import fr.predemande.impression.Recapitulatifs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Génération du récapitulatif PDF/A (objectif : médiane ≤ 50 ms). Mode SampleTime : JMH chronomètre des appels pris
 * au hasard et donne la distribution (p0.50, p0.99…). Le générateur est celui de l'application, construit une fois
 * comme le fait Spring ; le document est l'exemple complet du module (toutes les rubriques remplies).
 *
 * <p>{@code pdf} : un appel à la fois, le temps d'une validation isolée. {@code pdfDeuxALaFois} : deux fils sur les
 * deux cœurs, comme deux validations simultanées (réserve de polices partagée, caches d'openhtmltopdf).
 *
 * <p>{@code mvn -Pbanc -Dnpm.skip=true test-compile exec:exec@jmh} (voir le README, « Benchmarks »).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
@Warmup(iterations = 10, time = 5)
@Measurement(iterations = 5, time = 8)
@State(Scope.Benchmark)
public class GenerationDuRecapitulatifBanc {

    private GenerateurDeRecapitulatif generateur;
    private Recapitulatif recapitulatif;

    @Setup
    public void preparer() {
        generateur = new RecapitulatifEnPdf(Recapitulatifs.messages());
        recapitulatif = Recapitulatifs.exemple();
    }

    @Benchmark
    @Threads(1)
    public byte[] pdf() {
        return generateur.pdf(recapitulatif);
    }

    @Benchmark
    @Threads(2)
    public byte[] pdfDeuxALaFois() {
        return generateur.pdf(recapitulatif);
    }
}
