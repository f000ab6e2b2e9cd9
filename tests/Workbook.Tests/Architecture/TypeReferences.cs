using System.Reflection;
using System.Reflection.Emit;

namespace Workbook.Tests.Architecture;

/// <summary>Every type of an assembly that each of its types refers to: in signatures, base types, and the IL of method bodies.</summary>
public static class TypeReferences
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>
    /// For each top-level type of <paramref name="assembly"/> (nested and compiler-generated types counted with their owner), the
    /// types it refers to of <paramref name="target"/> (default: the same assembly).
    /// </summary>
    public static IReadOnlyDictionary<Type, IReadOnlySet<Type>> Of(Assembly assembly, Assembly? target = null)
    {
        target ??= assembly;
        var result = new Dictionary<Type, HashSet<Type>>();
        foreach (var type in assembly.GetTypes())
        {
            var owner = Owner(type);
            if (!result.TryGetValue(owner, out var references)) result[owner] = references = [];
            foreach (var referenced in Referenced(type).SelectMany(Flatten).Where(t => t.Assembly == target))
                references.Add(Owner(referenced));
            references.Remove(owner);
        }
        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<Type>)kv.Value);
    }

    /// <summary>The outermost declaring type: where a lambda's closure or a nested type belongs.</summary>
    public static Type Owner(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type;
    }

    private static IEnumerable<Type> Referenced(Type type)
    {
        if (type.BaseType is { } baseType) yield return baseType;
        foreach (var face in type.GetInterfaces()) yield return face;
        foreach (var field in type.GetFields(Everything)) yield return field.FieldType;
        foreach (var property in type.GetProperties(Everything)) yield return property.PropertyType;
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info) yield return info.ReturnType;
            foreach (var parameter in method.GetParameters()) yield return parameter.ParameterType;
            foreach (var local in method.GetMethodBody()?.LocalVariables ?? []) yield return local.LocalType;
            foreach (var used in InBody(method)) yield return used;
        }
    }

    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            var operand = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType)
            {
                var member = Resolve(method.Module, BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                if (member is Type t) yield return t;
                else if (member is not null)
                {
                    if (member.DeclaringType is { } declaring) yield return declaring;
                    if (member is FieldInfo field) yield return field.FieldType;
                    if (member is MethodInfo called)
                    {
                        yield return called.ReturnType;
                        foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : []) yield return argument;
                    }
                }
            }
            i += operand;
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try { return module.ResolveMember(token, typeArguments, methodArguments); }
        catch (ArgumentException) { return null; }
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType) { foreach (var t in Flatten(type.GetElementType()!)) yield return t; yield break; }
        if (type.IsGenericParameter) yield break;
        yield return type;
        if (type.IsConstructedGenericType)
            foreach (var argument in type.GetGenericArguments())
                foreach (var t in Flatten(argument)) yield return t;
    }
}
