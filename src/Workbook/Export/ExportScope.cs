using Workbook.Corpora;

namespace Workbook.Export;

/// <summary>What one export run compares, the same for every family.</summary>
/// <param name="Target">The group keyness reads as its target (default: the op-ed).</param>
/// <param name="Reference">The group keyness compares it with (default: the reports).</param>
/// <param name="OpEd">The op-ed whose claims are compared; null: the claims family's default.</param>
/// <param name="Reports">The reports they are compared with; null: the claims family's default.</param>
public sealed record ExportScope(DocumentGroup Target, DocumentGroup Reference, string? OpEd = null, DocumentGroup? Reports = null);
