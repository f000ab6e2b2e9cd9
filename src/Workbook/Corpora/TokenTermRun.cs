using System.Collections;

namespace Workbook.Corpora;

/// <summary>
/// A run of a document's tokens read as terms (norms, or their stems) straight from the token columns: item
/// <c>i</c> is <c>terms[norm id of token]</c>, where the token is <c>start + i</c>, or <c>tokenIndexes[start + i]</c> when
/// the run picks tokens out (the words of a sentence, leaving its punctuation). Nothing is copied per token.
/// </summary>
internal sealed class TokenTermRun(TokenColumns tokens, IReadOnlyList<string> terms, int[]? tokenIndexes, int start, int count) : IReadOnlyList<string>
{
    public int Count => count;

    public string this[int index]
    {
        get
        {
            if ((uint)index >= (uint)count) throw new ArgumentOutOfRangeException(nameof(index));
            return terms[tokens.NormAt(tokenIndexes is null ? start + index : tokenIndexes[start + index])];
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
