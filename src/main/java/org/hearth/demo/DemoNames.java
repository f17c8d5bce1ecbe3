package org.hearth.demo;

/**
 * Small built-in lists of common English given names and surnames. Combinations are random, so any match with a
 * real person is chance; nothing here comes from real records.
 */
final class DemoNames {
    private DemoNames() {}

    static final String[] BOYS = {"Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie",
            "Oscar", "Leo", "Logan", "Archie", "Theo", "Thomas", "James", "Joshua", "Mason", "Ethan", "Riley",
            "Daniel", "Samuel", "Max", "Lucas", "Mohammed", "Adam", "Ryan", "Kai", "Tyler", "Dylan", "Liam", "Ben",
            "Callum", "Kyle", "Jayden", "Reuben", "Ibrahim", "Yusuf", "Aaron", "Luke"};
    static final String[] GIRLS = {"Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy",
            "Ella", "Lily", "Evie", "Isabella", "Sophie", "Ivy", "Freya", "Harper", "Willow", "Chloe", "Ruby",
            "Jessica", "Millie", "Daisy", "Phoebe", "Holly", "Leah", "Megan", "Jasmine", "Aisha", "Zara", "Maya",
            "Amber", "Keira", "Paige", "Tia", "Layla", "Hannah", "Ellie", "Maryam", "Niamh"};
    static final String[] SURNAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
            "Jackson", "Clarke", "Patel", "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Rose", "Davis",
            "Rodriguez", "Cox", "Alexander", "Morgan", "Moore", "Hughes", "Hill", "Ahmed", "Ali", "Begum", "Kaur",
            "Singh", "Okafor", "Mensah", "Campbell", "Kelly", "Murphy", "Hussain", "Shaw", "Lee", "Scott"};
    static final String[] WOMEN = {"Sarah", "Emma", "Claire", "Rachel", "Laura", "Helen", "Nicola", "Joanne",
            "Michelle", "Kirsty", "Fatima", "Priya", "Amanda", "Lisa", "Karen"};
    static final String[] MEN = {"David", "Paul", "Mark", "Andrew", "Richard", "Stephen", "Neil", "Gary", "Imran",
            "Tariq", "Simon", "Chris", "Darren", "Lee", "Wayne"};
    static final String[] ADULTS = java.util.stream.Stream.concat(java.util.Arrays.stream(WOMEN),
            java.util.Arrays.stream(MEN)).toArray(String[]::new);
    static final String[] PETS = {"Biscuit", "Milo", "Luna", "Bella", "Teddy", "Coco", "Pepper", "Buster", "Shadow",
            "Smudge", "Nibbles", "Bonnie", "Rocky", "Poppy", "Ziggy"};
    static final String[] UASC_BOYS = {"Ahmad", "Ali", "Hassan", "Yonas", "Mohammed", "Abdullah", "Dawit", "Omar",
            "Karim", "Samir"};
}
