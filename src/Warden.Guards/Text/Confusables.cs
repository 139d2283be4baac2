namespace Warden.Guards.Text;

/// <summary>Lower-case Cyrillic and Greek letters that look like Latin ones (a subset of Unicode's confusables list that attackers use).</summary>
internal static class Confusables
{
    public static char Map(char c) => c switch
    {
        'а' => 'a', 'в' => 'b', 'е' => 'e', 'ё' => 'e', 'к' => 'k', 'м' => 'm', 'н' => 'h', 'о' => 'o', 'р' => 'p',
        'с' => 'c', 'т' => 't', 'у' => 'y', 'х' => 'x', 'ѕ' => 's', 'і' => 'i', 'ї' => 'i', 'ј' => 'j', 'ԁ' => 'd',
        'ԛ' => 'q', 'ԝ' => 'w', 'ɡ' => 'g', 'ɩ' => 'i', 'ɑ' => 'a', 'ο' => 'o', 'α' => 'a', 'ε' => 'e', 'ι' => 'i',
        'κ' => 'k', 'ν' => 'v', 'ρ' => 'p', 'τ' => 't', 'υ' => 'u', 'χ' => 'x', 'γ' => 'y', 'ѵ' => 'v', 'һ' => 'h',
        'ӏ' => 'l', 'ᴀ' => 'a', 'ʀ' => 'r', 'ꜱ' => 's',
        _ => c,
    };
}
