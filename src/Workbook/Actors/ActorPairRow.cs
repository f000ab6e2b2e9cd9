namespace Workbook.Actors;

/// <summary>Two actors named in the same sentences.</summary>
/// <param name="ActorA">One actor (the first by name).</param>
/// <param name="ActorB">The other.</param>
/// <param name="Sentences">Sentences, across the corpus, that mention both.</param>
public sealed record ActorPairRow(string ActorA, string ActorB, int Sentences);
