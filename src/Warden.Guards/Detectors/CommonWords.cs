namespace Warden.Guards.Detectors;

/// <summary>Capitalised words that are also names or places in the gazetteers but are usually ordinary words.</summary>
internal static class CommonWords
{
    public static readonly HashSet<string> Capitalized = new(
    [
        "The", "This", "That", "These", "Those", "A", "An", "I", "We", "You", "He", "She", "It", "They", "My", "Our", "Your", "His", "Her",
        "Their", "If", "In", "On", "At", "To", "For", "From", "With", "And", "Or", "But", "So", "As", "By", "Of", "Is", "Are", "Was", "Be",
        "Will", "May", "June", "April", "August", "March", "Mark", "Bill", "Rose", "Grant", "Hope", "Joy", "Faith", "Art", "Dawn", "Guy",
        "Jack", "Page", "Carol", "Chase", "Lane", "Young", "Long", "White", "Black", "Brown", "Green", "Gray", "Grey", "Hill", "King", "Love",
        "Hall", "Wood", "Bell", "Price", "Cook", "Rich", "Summer", "Winter", "Autumn", "Spring", "Sunny", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "July", "September", "October", "November", "December", "Christmas",
        "Easter", "God", "Lord", "Jesus", "English", "French", "German", "Spanish", "Python", "Java", "Ruby", "Rust", "Go", "Swift", "Crystal",
        "Dear", "Hi", "Hello", "Thanks", "Thank", "Please", "Yes", "No", "Not", "All", "Any", "Some", "Each", "Every", "Many", "Much", "More",
        "Most", "Other", "Such", "What", "Which", "Who", "Whom", "Whose", "When", "Where", "Why", "How", "Can", "Could", "Would", "Should",
        "Must", "Shall", "Might", "Do", "Does", "Did", "Have", "Has", "Had", "Get", "Got", "Make", "Made", "Let", "Set", "See", "Look", "Note",
        "New", "Old", "Big", "Small", "Great", "Good", "Best", "First", "Last", "Next", "Then", "Now", "Here", "There", "Today", "Tomorrow",
        "Yesterday", "Sun", "Moon", "Star", "Sky", "Sea", "Ocean", "River", "Lake", "Mountain", "Street", "Road", "Avenue", "North", "South",
        "East", "West", "Central", "Union", "United", "State", "States", "City", "Park", "Bay", "Beach", "Valley", "Port", "Mount", "Fort",
        "Golden", "Silver", "Royal", "Prince", "Princess", "Queen", "Justice", "Liberty", "Victory", "Unity", "Destiny", "Harmony", "Angel",
        "Baby", "Honey", "Sugar", "Candy", "Cherry", "Olive", "Ivy", "Holly", "Daisy", "Lily", "Violet", "Ruby", "Amber", "Jade", "Pearl", "Crystal",
        "Sage", "River", "Sky", "Rain", "Storm", "Blue", "Red", "Major", "General", "Captain", "Doctor", "Nurse", "Bishop", "Pope", "Sir",
        "Miss", "Mr", "Mrs", "Ms", "Dr", "Prof", "Hey", "Ok", "OK", "Okay", "Sure", "Also", "However", "Therefore", "Because", "While", "After",
        "Before", "During", "Since", "Until", "Into", "About", "Over", "Under", "Between", "Through", "Without", "Within", "Again", "Just",
        "Only", "Even", "Still", "Well", "Very", "Really", "Always", "Never", "Often", "Sometimes", "Usually", "Maybe", "Perhaps", "Write",
        "Tell", "Give", "Show", "Find", "Use", "Help", "Explain", "Describe", "Create", "Ignore", "Return", "Print", "Check", "Add", "Remove",
        "Delete", "Update", "Send", "Call", "Email", "Phone", "Address", "Name", "Date", "Time", "Account", "Card", "Number", "Password",
        "Key", "Token", "Secret", "User", "Admin", "System", "Server", "Client", "Data", "File", "Code", "Error", "Warning", "Info", "Debug",
        "True", "False", "Null", "None", "Home", "Office", "Work", "School", "Church", "Hospital", "Bank", "Center", "Centre", "Court",
        "Florida", "Georgia", "Virginia", "Carolina", "Dakota", "Jordan", "Chad", "Israel", "Paris", "Sydney", "Victoria", "Charlotte",
        "Madison", "Austin", "Houston", "Dallas", "Denver", "Phoenix", "Orlando", "Lincoln", "Jackson", "Washington", "Kingston", "Regina",
    ], StringComparer.Ordinal);

    /// <summary>Span lookups into <see cref="Capitalized"/> (declared after it so the set exists when this is initialised).</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalizedSpan = Capitalized.GetAlternateLookup<ReadOnlySpan<char>>();
}
