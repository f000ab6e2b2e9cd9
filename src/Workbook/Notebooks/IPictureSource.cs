namespace Workbook.Notebooks;

/// <summary>Supplies PNG pictures of figures, by request key. Pictures it cannot supply are left out.</summary>
public interface IPictureSource
{
    /// <summary>Pictures for as many of <paramref name="requests"/> as it can, keyed by <see cref="PictureRequest.Key"/>.</summary>
    IReadOnlyDictionary<string, byte[]> Pictures(IReadOnlyList<PictureRequest> requests);
}
