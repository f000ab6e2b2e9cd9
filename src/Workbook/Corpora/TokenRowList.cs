using System.Collections;
using Workbook.Text;

namespace Workbook.Corpora;

/// <summary>All tokens of a corpus as <see cref="TokenRow"/>s, made on demand from the column store.</summary>
internal sealed class TokenRowList : IReadOnlyList<TokenRow>
{
    private readonly IReadOnlyList<Document> _documents;
    private readonly NormVocabulary _vocabulary;
    private readonly int[] _firstToken;

    public TokenRowList(IReadOnlyList<Document> documents, NormVocabulary vocabulary)
    {
        _documents = documents;
        _vocabulary = vocabulary;
        _firstToken = new int[documents.Count + 1];
        for (var i = 0; i < documents.Count; i++) _firstToken[i + 1] = _firstToken[i] + documents[i].Tokens.Count;
    }

    public int Count => _firstToken[^1];

    public TokenRow this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            var position = Array.BinarySearch(_firstToken, index);
            var doc = position >= 0 ? position : ~position - 1;
            while (_documents[doc].Tokens.Count == 0 || index >= _firstToken[doc + 1]) doc++;
            return Row(_documents[doc], index - _firstToken[doc]);
        }
    }

    private TokenRow Row(Document document, int i)
    {
        var t = document.Tokens;
        return new TokenRow(document.Id, i, t.Sentences[i], t.Starts[i], t.Ends[i], document.Slice(t.Starts[i], t.Ends[i]), _vocabulary[t.Norms[i]], t.Kinds[i]);
    }

    public IEnumerator<TokenRow> GetEnumerator()
    {
        foreach (var document in _documents)
            for (var i = 0; i < document.Tokens.Count; i++) yield return Row(document, i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
