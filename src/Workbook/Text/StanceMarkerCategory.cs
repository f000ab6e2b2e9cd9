using System.ComponentModel;

namespace Workbook.Text;

/// <summary>The categories of stance and engagement markers (after Hyland 2005), plus negation and modal verbs.</summary>
public enum StanceMarkerCategory
{
    /// <summary>Withholds full commitment ("perhaps", "suggests").</summary>
    Hedge,
    /// <summary>Expresses certainty ("clearly", "in fact").</summary>
    Booster,
    /// <summary>The writer's attitude ("unfortunately", "absurd").</summary>
    Attitude,
    /// <summary>First-person reference to the writer ("I", "we", "our").</summary>
    [Description("self_mention")]
    SelfMention,
    /// <summary>Addresses the reader: "you", direct questions, imperatives.</summary>
    Engagement,
    /// <summary>Denial ("not", "never").</summary>
    Negation,
    /// <summary>The modal verbs will, would, could, may, might, must.</summary>
    Modal,
}
