# ruff: noqa: E501
"""Hand-written templates, name lists and value pools for the dev14 set.

Everything here was written by hand for ``bench/sanitizer_dev14.py``; nothing
is drawn from a name or fake-data library.

Name lists (``CULTURES``): space-separated entries; "_" stands for a space
inside one name, "native=roman" gives a name in its own script and romanized,
and "masc|fem" gives the two forms of a gendered surname.

Template syntax (``TEMPLATES``, ``WRAPPERS``): a block holds templates, each
introduced by a line "### name [flags]".  Placeholders are written ⟦...⟧:

    ⟦A⟧ ⟦A⟧ ...   person A (B, C, ... H; W in wrappers): full name,
                          given name, surname; .lf "Surname, Given", .i initial
                          + surname, .m with middle name or patronymic, .io
                          given + patronymic, .fio / .sg surname first, .U all
                          caps, .UF "SURNAME Given", .UL surname in caps,
                          .e e-mail, .u username (unlabeled), .hon honorific,
                          .he/.his/.him pronouns (unlabeled)
    ⟦KEY:mods#tag⟧        a value; mods pick a country, format or kind; the
                          same #tag repeats the same value
    ⟦?a|b|c⟧              one of the literal alternatives (unlabeled)
    ⟦~⟧                   marks a literal look-alike in the template text

Flags: "@lang" language override, "cc=xx" country, "json"/"sql"/"csv" escape
the filled values for that syntax, "ans" marks an assistant answer, "nowrap".
"""

# ---------------------------------------------------------------------------
# Names: at least 25 given names and 20 surnames per culture, chosen by hand.

CULTURES = {
    "en_us": dict(
        home="en",
        mid=0.35,
        m="James Michael Robert David William Christopher Daniel Matthew Anthony Joshua Tyler Brandon Kevin Jason Bill Guy Will Mark Grant Chase DeShawn Marcus Trevor Cody Jamal Darnell Wyatt Hunter",
        f="Jennifer Jessica Ashley Emily Sarah Amanda Brittany Megan Lauren Hope Joy Faith Rose Dolores Sunny Kayla Destiny Tiffany Shanice Madison Brooke Heather Crystal Latoya Paige Autumn",
        s="Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Thompson White Harris Clark Lewis Robinson Walker Young King Wright Long Price Wood Little Rich Bishop Cook Baker Hill Green Mitchell Rivera Coleman Patterson Hughes Sullivan Washington",
    ),
    "en_gb": dict(
        home="en",
        mid=0.25,
        m="Oliver Harry George Jack Charlie Thomas Oscar Alfie Callum Rhys Gareth Nigel Clive Graham Stuart Alistair Jamie Owen Ewan Rory Toby Dominic Rupert Ben Guy",
        f="Olivia Amelia Isla Ava Emily Poppy Sophie Charlotte Lucy Hannah Chloe Gemma Kirsty Fiona Siobhan Joanne Bethan Rhiannon Imogen Harriet Philippa Beverley Sunny Precious Hope",
        s="Taylor Davies Evans Roberts Walker Wright Robinson Thompson Edwards Green Hall Wood Harris Lewis Clarke Patel Khan Turner Hill Cooper Ward Morris Bennett Price Parker Hughes-Wilson Smith-Jones Fairweather Ashworth Pemberton",
    ),
    "ie": dict(
        home="en",
        m="Seán Cian Oisín Conor Darragh Ciarán Pádraig Eoin Fionn Cillian Tadhg Niall Declan Ronan Donal Colm Diarmuid Brendan Killian Shane",
        f="Aoife Siobhán Niamh Saoirse Róisín Caoimhe Orla Ciara Sinéad Gráinne Clodagh Eimear Aisling Maeve Deirdre Bríd Áine Nuala Fiadh Mairéad",
        s="Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher O'Doherty Kennedy Lynch Murray Quinn McLoughlin Ó_Súilleabháin Mac_Cárthaigh Nic_Aodha",
    ),
    "sco": dict(
        home="en",
        m="Alasdair Angus Hamish Callum Ewan Fraser Iain Lachlan Murdo Ruaridh Finlay Euan Craig Gregor Douglas Malcolm Duncan Struan Kenneth Fergus",
        f="Eilidh Isla Kirsty Morag Catriona Shona Ailsa Fiona Mhairi Iona Skye Elspeth Kirsteen Lorna Rhona Seonaid Greer Innes Mairi Heather",
        s="MacDonald MacLeod Campbell Stewart Robertson MacKenzie Murray Reid Fraser Morrison McIntyre MacGregor Ferguson Grant Cameron Sinclair Henderson Munro Mackay McLaren Buchanan Drummond Kerr",
    ),
    "ng": dict(
        home="en",
        m="Chukwuemeka Oluwaseun Babatunde Emeka Adebayo Ifeanyi Olumide Tunde Chinedu Obinna Segun Kelechi Abubakar Musa Ibrahim Yusuf Femi Uche Godwin Sunday Blessing Precious",
        f="Chiamaka Ngozi Adaeze Funmilayo Oluwakemi Yetunde Amaka Chidinma Nneka Folake Aisha Hauwa Zainab Blessing Precious Favour Patience Comfort Joy Mercy Temitope Ifeoma Bisola Abimbola",
        s="Okafor Adeyemi Okonkwo Eze Nwosu Olawale Chukwu Ogunleye Afolabi Bello Okeke Onyekachi Adeleke Nnamdi Ogbonna Balogun Obi Igwe Danjuma Oyelaran Nwachukwu",
    ),
    "gh": dict(
        home="en",
        m="Kwame Kofi Kwabena Kwaku Yaw Kwasi Kojo Kweku Nii Fiifi Ebo Ato Selorm Edem Mawuli Elikem Kwadwo Prince Emmanuel Bright Richmond Justice",
        f="Ama Akosua Abena Adwoa Afua Yaa Efua Esi Akua Adjoa Araba Dzifa Enyonam Sena Mawusi Naa Ewurabena Afia Serwaa Dede Gifty Comfort Patience Mercy Abigail",
        s="Mensah Owusu Boateng Asante Osei Agyeman Appiah Amoah Ofori Addo Quaye Tetteh Lartey Adjei Badu Ansah Darko Nkansah Acheampong Frimpong Gyamfi Sarpong",
    ),
    "de": dict(
        home="de denglish",
        mail="de",
        m="Lukas Jonas Leon Felix Maximilian Tobias Florian Stefan Andreas Thomas Michael Jürgen Klaus Wolfgang Uwe Dieter Hans-Peter Karl-Heinz Matthias Sebastian Jan Niklas Fabian Dominik Torsten Sven",
        f="Anna Lena Laura Julia Sophie Hannah Lea Katharina Sabine Petra Claudia Ursula Monika Birgit Anja Susanne Nicole Stefanie Franziska Johanna Annika Marlene Heike Dagmar Anke Ines",
        s="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann Köhler von_Bülow von_der_Heide Schulze-Brandt Meier-Hohenstein",
    ),
    "fr": dict(
        home="fr",
        mail="fr",
        m="Jean Pierre Michel Philippe Alain Nicolas Julien Thomas Antoine Maxime Mathieu Guillaume Sébastien Olivier Benoît Jean-Pierre Jean-Baptiste François Théo Hugo Louis Lucas Gabriel Arthur Rémi Yannick",
        f="Marie Nathalie Isabelle Sylvie Catherine Sophie Camille Léa Manon Chloé Emma Inès Juliette Céline Aurélie Élodie Margaux Anne-Sophie Marie-Claire Hélène Geneviève Brigitte Océane Clémence Solène Maëlle",
        s="Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia Bertrand Roux Vincent Fournier Morel Girard Mercier Dupont Lambert Bonnet Legrand Fontaine de_la_Fontaine Le_Gall Saint-Clair Lefèvre-Martin d'Abbadie",
    ),
    "es": dict(
        home="es",
        mail="es",
        double=0.6,
        m="Antonio José Manuel Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pablo Sergio Álvaro Jorge Alberto Fernando Íñigo Unai Iker Hugo Mario Rubén",
        f="María Carmen Ana Isabel Laura Cristina Marta Lucía Elena Paula Sara Raquel Pilar Nuria Rocío Dolores Montserrat Ainhoa Itziar Begoña Mercedes Inmaculada Consuelo Amparo Esperanza Rosario",
        s="García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil de_la_Cruz del_Río Ortega Ibarra Echeverría",
    ),
    "mx": dict(
        home="es spanglish",
        mail="es",
        double=0.55,
        m="Juan_Carlos José_Luis Miguel_Ángel Luis_Fernando Alejandro Eduardo Ricardo Rodrigo Emiliano Santiago Mateo Diego Arturo Héctor Armando Gerardo Raúl Octavio Ulises Joaquín Jesús Ramiro Efraín Cuauhtémoc Andrés",
        f="Guadalupe María_Fernanda Ana_Sofía Ximena Valeria Daniela Fernanda Regina Alejandra Gabriela Adriana Verónica Leticia Rosa Yolanda Lupita Mariana Itzel Citlali Araceli Marisol Karla Brenda Paola Dulce Esmeralda",
        s="Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores Gómez Morales Vázquez Reyes Jiménez Torres Díaz Gutiérrez Ruiz Mendoza Aguilar Ortiz Castillo Chávez Villalobos de_la_Garza Salinas Zúñiga Contreras",
    ),
    "pt": dict(
        home="pt",
        mail="pt",
        double=0.4,
        m="João Pedro Tiago Miguel Diogo Rui Nuno Ricardo Luís Gonçalo Duarte Afonso Rodrigo Bernardo Henrique Martim Vasco Francisco André Paulo Hugo Joaquim Manuel",
        f="Maria Ana Inês Beatriz Mariana Catarina Joana Sofia Rita Leonor Matilde Carolina Teresa Margarida Filipa Sara Patrícia Raquel Conceição Fátima Graça Lurdes Helena Madalena",
        s="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes da_Silva dos_Santos de_Sousa da_Costa Vasconcelos",
    ),
    "br": dict(
        home="pt",
        mail="br",
        double=0.35,
        m="Lucas Gabriel Rafael Matheus Guilherme Felipe Bruno Thiago Leonardo Vinícius Gustavo Rodrigo Eduardo Marcelo Fábio Wellington Anderson Cleber Jefferson Washington Édson Caio Davi Heitor Arthur",
        f="Ana Juliana Fernanda Camila Amanda Bruna Larissa Letícia Beatriz Gabriela Patrícia Aline Daniele Vanessa Tatiane Jéssica Priscila Luana Thaís Raíssa Isadora Manuela Cecília Rosângela Francisca Graziela",
        s="Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Araújo Cavalcanti de_Souza dos_Anjos",
    ),
    "it": dict(
        home="it",
        mail="it",
        m="Marco Giuseppe Giovanni Antonio Luca Alessandro Francesco Matteo Lorenzo Andrea Davide Simone Federico Stefano Paolo Roberto Salvatore Vincenzo Gianluca Pierluigi Massimo Fabrizio Emanuele Riccardo Domenico",
        f="Giulia Francesca Chiara Sara Martina Valentina Alessia Elisa Federica Silvia Laura Paola Roberta Anna Maria Rosa Giovanna Elena Beatrice Ginevra Aurora Serena Ilaria Carla Lucia Gabriella",
        s="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli D'Angelo Di_Stefano Lo_Russo Dell'Acqua",
    ),
    "nl": dict(
        home="nl",
        mail="nl",
        m="Jan Pieter Daan Sem Bram Lucas Thijs Ruben Jeroen Joost Maarten Sander Niels Wouter Bas Koen Gijs Hendrik Willem Dirk Sjoerd Teun Floris Stijn Luuk",
        f="Anna Emma Sanne Lotte Femke Anouk Eva Iris Lisa Marieke Ingrid Annelies Willemijn Fleur Noor Julia Saskia Esther Mirjam Hanneke Yvonne Roos Tessa Janneke Maaike",
        s="de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden Kok de_Haan Vermeulen van_'t_Hof",
    ),
    "pl": dict(
        home="pl",
        mail="pl",
        m="Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Grzegorz Jakub Łukasz Adam Mateusz Kamil Wojciech Marek Rafał Dariusz Zbigniew Bartosz Szymon Przemysław Mirosław Jerzy Sławomir",
        f="Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Aleksandra Monika Zofia Natalia Weronika Justyna Dorota Beata Grażyna Halina Iwona Urszula Bożena Wiesława Jadwiga",
        s="Nowak Kowalski|Kowalska Wiśniewski|Wiśniewska Wójcik Kowalczyk Kamiński|Kamińska Lewandowski|Lewandowska Zieliński|Zielińska Szymański|Szymańska Woźniak Dąbrowski|Dąbrowska Kozłowski|Kozłowska Jankowski|Jankowska Mazur Kwiatkowski|Kwiatkowska Krawczyk Piotrowski|Piotrowska Grabowski|Grabowska Pawłowski|Pawłowska Michalski|Michalska Wróbel Jabłoński|Jabłońska Zając Król Kowalczyk-Wróbel",
    ),
    "cs": dict(
        home="cs",
        mail="cs",
        m="Jan Jiří Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal František Jakub Lukáš Ondřej Vojtěch Radek Aleš Vladimír Dušan Libor Marek Filip",
        f="Jana Marie Eva Hana Anna Lenka Kateřina Věra Lucie Alena Petra Veronika Jaroslava Tereza Martina Michaela Zuzana Markéta Ivana Barbora Klára Šárka Adéla Eliška Dagmar",
        s="Novák|Nováková Svoboda|Svobodová Novotný|Novotná Dvořák|Dvořáková Černý|Černá Procházka|Procházková Kučera|Kučerová Veselý|Veselá Horák|Horáková Němec|Němcová Pokorný|Pokorná Marek|Marková Pospíšil|Pospíšilová Hájek|Hájková Jelínek|Jelínková Král|Králová Růžička|Růžičková Fiala|Fialová Sedláček|Sedláčková Doležal|Doležalová",
    ),
    "sk": dict(
        home="sk",
        mail="sk",
        m="Ján Peter Jozef Martin Michal Tomáš Lukáš Marek Milan Juraj Štefan Ladislav Dušan Roman Miroslav Matúš Andrej Igor Pavol Marián Rastislav Branislav Ľubomír Vladimír Samuel",
        f="Mária Anna Zuzana Katarína Eva Jana Martina Lucia Veronika Monika Ivana Petra Alžbeta Dominika Simona Lenka Soňa Ľudmila Andrea Michaela Kristína Barbora Gabriela Natália Viera",
        s="Horváth|Horváthová Kováč|Kováčová Varga|Vargová Tóth|Tóthová Nagy|Nagyová Baláž|Balážová Szabó|Szabóová Molnár|Molnárová Lukáč|Lukáčová Kollár|Kollárová Blaho|Blahová Hudák|Hudáková Kráľ|Kráľová Oravec|Oravcová Šimko|Šimková Polák|Poláková Krajčír|Krajčírová Gajdoš|Gajdošová Mikuláš|Mikulášová Baran|Baranová",
    ),
    "ro": dict(
        home="ro",
        mail="ro",
        m="Andrei Alexandru Mihai Ion Gheorghe Constantin Vasile Ștefan Adrian Cristian Florin Marius Bogdan Ionuț Răzvan Radu Sorin Dragoș Cătălin Lucian Ovidiu Gabriel Vlad Tudor Octavian",
        f="Maria Elena Ioana Ana Andreea Mihaela Cristina Alexandra Gabriela Raluca Roxana Simona Diana Alina Oana Irina Carmen Daniela Corina Florentina Bianca Teodora Larisa Violeta Luminița Doina",
        s="Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Constantin Marin Rusu Munteanu Lungu Florea Dinu Enache Tudor Moldovan Dobre Barbu Nistor Cojocaru Voicu Georgescu Constantinescu",
    ),
    "hu": dict(
        home="hu",
        mail="hu",
        order="sg",
        m="László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Balázs Csaba Levente Bence Dániel Ádám Márton Gergely Miklós Imre Lajos Tibor Bálint",
        f="Mária Erzsébet Katalin Ilona Éva Anna Zsuzsanna Judit Ágnes Andrea Krisztina Eszter Réka Nóra Zsófia Dóra Boglárka Petra Orsolya Hajnalka Ildikó Tünde Gabriella Piroska Enikő Csilla",
        s="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis-Szabó Nemes",
    ),
    "sv": dict(
        home="sv",
        mail="sv",
        m="Erik Lars Karl Anders Johan Per Nils Mikael Jan Hans Gustav Oskar Axel Elias Hugo Liam William Viktor Emil Filip Björn Magnus Sven Olof Ingvar",
        f="Maria Anna Margareta Elisabeth Eva Kristina Birgitta Karin Ingrid Lena Sara Emma Maja Elsa Alice Astrid Saga Ebba Linnea Frida Sofia Agnes Ylva Annika Sigrid",
        s="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Lindström Lindqvist Lindgren Berg Bergström Lundberg Lundgren Sjöberg Åberg Wallin Holmberg Nyström Ek",
    ),
    "no": dict(
        home="no",
        mail="no",
        m="Ole Lars Knut Jan Per Bjørn Arne Kjell Svein Terje Øyvind Håkon Magnus Jonas Sindre Eirik Vegard Torbjørn Sigurd Espen Stian Geir Rune Jørgen Audun",
        f="Anne Inger Kari Marit Ingrid Liv Solveig Randi Berit Hilde Silje Ida Nora Ingeborg Ragnhild Tone Guro Sunniva Astrid Åse Kristin Synnøve Marte Thea Sigrun",
        s="Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Halvorsen Bakken Lie Strand Solberg Moen Kvalheim Aasen Øvrebø",
    ),
    "da": dict(
        home="da",
        mail="da",
        m="Jens Peter Lars Søren Niels Henrik Anders Morten Jesper Rasmus Mads Mikkel Frederik Christian Kasper Thomas Bo Ulrik Torben Villads Asger Malthe Oskar Carl Esben",
        f="Anne Kirsten Mette Hanne Helle Susanne Lene Louise Camilla Sofie Ida Freja Emma Maja Signe Karen Birthe Lone Pernille Rikke Tove Inge Dorthe Malene Astrid",
        s="Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Lund Holm Østergaard Bech Skov Dalgaard",
    ),
    "fi": dict(
        home="fi",
        mail="fi",
        m="Juha Timo Matti Mikko Jari Antti Kari Pekka Jukka Markku Ville Janne Tuomas Lauri Eero Aleksi Veeti Onni Eino Väinö Joonas Teemu Sami Petri Ilkka",
        f="Maria Helena Johanna Anna Tuula Päivi Sari Minna Leena Riitta Marja Kaisa Aino Aada Venla Sanni Emmi Iida Elina Heidi Hanna Satu Tiina Kirsi Pirjo",
        s="Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Väisänen",
    ),
    "et": dict(
        home="et",
        mail="et",
        m="Andres Jüri Tiit Toomas Mart Rein Peeter Margus Indrek Urmas Priit Tarmo Siim Rasmus Kaspar Martin Karl Oliver Robin Hendrik Jaan Ülo Mihkel Taavi Lauri",
        f="Tiina Kadri Kristiina Pille Katrin Anu Maarja Mari Liis Kersti Triin Eha Helju Ene Sirje Laura Sofia Maria Grete Kätlin Marju Merike Reet Heli Epp",
        s="Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Kuusk Lepik Oja Raudsepp Kallas Luik Karu Kõiv Vaher Lill Jõgi Teder Põder Mets Kivi",
    ),
    "lt": dict(
        home="lt",
        mail="lt",
        m="Jonas Mantas Tomas Lukas Dovydas Paulius Andrius Darius Vytautas Tadas Mindaugas Rimantas Giedrius Žygimantas Kęstutis Algirdas Marius Gintaras Saulius Aurimas Domantas Justinas Arnas Karolis Audrius",
        f="Rūta Jurgita Lina Ieva Greta Eglė Agnė Rasa Vilma Aušra Inga Laura Indrė Gabija Austėja Kamilė Ugnė Giedrė Jolanta Daiva Asta Virginija Milda Vaida Simona",
        s="Kazlauskas|Kazlauskienė Jankauskas|Jankauskienė Petrauskas|Petrauskaitė Stankevičius|Stankevičienė Vasiliauskas|Vasiliauskienė Žukauskas|Žukauskaitė Butkus|Butkienė Paulauskas|Paulauskienė Urbonas|Urbonaitė Kavaliauskas|Kavaliauskienė Baranauskas|Baranauskienė Pocius|Pocienė Navickas|Navickienė Rimkus|Rimkutė Sakalauskas|Sakalauskienė Žilinskas|Žilinskienė Adomaitis|Adomaitienė Mockus|Mockutė Bružas|Bružienė Šimkus|Šimkutė",
    ),
    "tr": dict(
        home="tr",
        mail="tr",
        m="Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Emre Burak Can Cem Serkan Kerem Oğuz Barış Tolga Ufuk Volkan Deniz Yiğit Berk",
        f="Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Esra Merve Büşra Özlem Gülşen Derya Ebru Tuğba Sevgi Dilek Aslı İpek Nur Ceren Pınar Damla",
        s="Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdem Güneş Aksoy Acar Tekin Bulut",
    ),
    "el": dict(
        home="el",
        script="grek",
        mail="el",
        m="Γιώργος=Giorgos Δημήτρης=Dimitris Νίκος=Nikos Κώστας=Kostas Γιάννης=Giannis Παναγιώτης=Panagiotis Βασίλης=Vasilis Χρήστος=Christos Αθανάσιος=Athanasios Μιχάλης=Michalis Σπύρος=Spyros Θανάσης=Thanasis Στέλιος=Stelios",
        f="Μαρία=Maria Ελένη=Eleni Αικατερίνη=Aikaterini Βασιλική=Vasiliki Σοφία=Sofia Αγγελική=Angeliki Δήμητρα=Dimitra Γεωργία=Georgia Ευαγγελία=Evangelia Χριστίνα=Christina Ιωάννα=Ioanna Κατερίνα=Katerina Φωτεινή=Foteini",
        s="Παπαδόπουλος|Παπαδοπούλου=Papadopoulos|Papadopoulou Παπαδάκης|Παπαδάκη=Papadakis|Papadaki Γεωργίου=Georgiou Οικονόμου=Oikonomou Νικολάου=Nikolaou Παπαγεωργίου=Papageorgiou Βασιλείου=Vasileiou Ιωάννου=Ioannou Κωνσταντίνου=Konstantinou Αντωνίου=Antoniou Μακρής|Μακρή=Makris|Makri Αλεξίου=Alexiou Δημητρίου=Dimitriou Παππάς|Παππά=Pappas|Pappa Καραγιάννης|Καραγιάννη=Karagiannis|Karagianni Σταθόπουλος|Σταθοπούλου=Stathopoulos|Stathopoulou Μιχαηλίδης|Μιχαηλίδου=Michailidis|Michailidou Αθανασίου=Athanasiou Λαμπράκης|Λαμπράκη=Lamprakis|Lampraki Χατζηδάκης|Χατζηδάκη=Chatzidakis|Chatzidaki",
    ),
    "ru": dict(
        home="ru uk",
        script="cyrl",
        mail="ru",
        m="Александр=Aleksandr Дмитрий=Dmitry Сергей=Sergey Андрей=Andrey Алексей=Alexey Михаил=Mikhail Иван=Ivan Николай=Nikolay Павел=Pavel Евгений=Evgeny Игорь=Igor Артём=Artyom Максим=Maksim Кирилл=Kirill Роман=Roman",
        f="Елена=Elena Ольга=Olga Наталья=Natalya Татьяна=Tatyana Ирина=Irina Анна=Anna Светлана=Svetlana Мария=Maria Екатерина=Ekaterina Юлия=Yulia Анастасия=Anastasia Дарья=Darya Ксения=Ksenia Вера=Vera Любовь=Lyubov",
        s="Иванов|Иванова=Ivanov|Ivanova Смирнов|Смирнова=Smirnov|Smirnova Кузнецов|Кузнецова=Kuznetsov|Kuznetsova Попов|Попова=Popov|Popova Васильев|Васильева=Vasilyev|Vasilyeva Петров|Петрова=Petrov|Petrova Соколов|Соколова=Sokolov|Sokolova Михайлов|Михайлова=Mikhailov|Mikhailova Новиков|Новикова=Novikov|Novikova Фёдоров|Фёдорова=Fyodorov|Fyodorova Морозов|Морозова=Morozov|Morozova Волков|Волкова=Volkov|Volkova Алексеев|Алексеева=Alekseev|Alekseeva Лебедев|Лебедева=Lebedev|Lebedeva Семёнов|Семёнова=Semyonov|Semyonova Егоров|Егорова=Egorov|Egorova Павлов|Павлова=Pavlov|Pavlova Козлов|Козлова=Kozlov|Kozlova Степанов|Степанова=Stepanov|Stepanova Орлов|Орлова=Orlov|Orlova Белых=Belykh Черных=Chernykh",
        pm="Сергеевич=Sergeyevich Александрович=Aleksandrovich Иванович=Ivanovich Дмитриевич=Dmitrievich Андреевич=Andreyevich Николаевич=Nikolaevich Владимирович=Vladimirovich Петрович=Petrovich Михайлович=Mikhailovich Викторович=Viktorovich",
        pf="Сергеевна=Sergeyevna Александровна=Aleksandrovna Ивановна=Ivanovna Дмитриевна=Dmitrievna Андреевна=Andreyevna Николаевна=Nikolaevna Владимировна=Vladimirovna Петровна=Petrovna Михайловна=Mikhailovna Викторовна=Viktorovna",
    ),
    "uk": dict(
        home="uk ru",
        script="cyrl",
        mail="uk",
        m="Олександр=Oleksandr Андрій=Andrii Сергій=Serhii Дмитро=Dmytro Володимир=Volodymyr Микола=Mykola Іван=Ivan Василь=Vasyl Петро=Petro Юрій=Yurii Тарас=Taras Богдан=Bohdan Максим=Maksym Олег=Oleh Ярослав=Yaroslav Віталій=Vitalii",
        f="Олена=Olena Наталія=Nataliia Оксана=Oksana Тетяна=Tetiana Ірина=Iryna Юлія=Yuliia Марія=Mariia Світлана=Svitlana Людмила=Liudmyla Ганна=Hanna Катерина=Kateryna Вікторія=Viktoriia Дарина=Daryna Софія=Sofiia Ярина=Yaryna Анастасія=Anastasiia",
        s="Шевченко=Shevchenko Коваленко=Kovalenko Бондаренко=Bondarenko Ткаченко=Tkachenko Кравченко=Kravchenko Олійник=Oliinyk Шевчук=Shevchuk Поліщук=Polishchuk Бойко=Boiko Мельник=Melnyk Ковальчук=Kovalchuk Мороз=Moroz Марченко=Marchenko Лисенко=Lysenko Руденко=Rudenko Савченко=Savchenko Петренко=Petrenko Гончаренко=Honcharenko Литвиненко=Lytvynenko Карпенко=Karpenko Павленко=Pavlenko Ковальов|Ковальова=Kovalov|Kovalova",
        pm="Олександрович=Oleksandrovych Іванович=Ivanovych Петрович=Petrovych Миколайович=Mykolaiovych Васильович=Vasylovych Сергійович=Serhiiovych Андрійович=Andriiovych Володимирович=Volodymyrovych",
        pf="Олександрівна=Oleksandrivna Іванівна=Ivanivna Петрівна=Petrivna Миколаївна=Mykolaivna Василівна=Vasylivna Сергіївна=Serhiivna Андріївна=Andriivna Володимирівна=Volodymyrivna",
    ),
    "sr": dict(
        home="sr",
        script="cyrl",
        mail="sr",
        m="Марко=Marko Никола=Nikola Стефан=Stefan Милош=Miloš Лука=Luka Душан=Dušan Александар=Aleksandar Милан=Milan Зоран=Zoran Драган=Dragan Горан=Goran Небојша=Nebojša Владимир=Vladimir Ненад=Nenad Урош=Uroš Вук=Vuk",
        f="Јелена=Jelena Милица=Milica Ана=Ana Марија=Marija Драгана=Dragana Снежана=Snežana Ивана=Ivana Тамара=Tamara Катарина=Katarina Јована=Jovana Невена=Nevena Светлана=Svetlana Бојана=Bojana Мирјана=Mirjana Сања=Sanja Теодора=Teodora",
        s="Јовановић=Jovanović Петровић=Petrović Николић=Nikolić Марковић=Marković Ђорђевић=Đorđević Стојановић=Stojanović Илић=Ilić Станковић=Stanković Павловић=Pavlović Симић=Simić Томић=Tomić Костић=Kostić Поповић=Popović Живковић=Živković Лазић=Lazić Радовановић=Radovanović Ђурић=Đurić Васић=Vasić Богдановић=Bogdanović Митровић=Mitrović Крстић=Krstić",
    ),
    "hr": dict(
        home="hr",
        mail="hr",
        m="Ivan Marko Luka Josip Ante Tomislav Krešimir Dario Mario Stjepan Hrvoje Domagoj Davor Zvonimir Mate Filip Karlo Matej Petar Nikola Dino Goran Jure Franjo Zoran",
        f="Ana Marija Ivana Petra Lucija Maja Katarina Martina Nikolina Sanja Mirela Snježana Dubravka Vesna Jasna Kristina Lana Mia Ema Dora Tena Iva Antonija Gordana Željka",
        s="Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović Matić Tomić Pavlović Perić Šarić Radić Božić Grgić Blažević Lovrić Kolar Brkić Mikulić Pavić",
    ),
    "ar": dict(
        home="ar",
        script="arab",
        mail="ar",
        m="محمد=Mohammed أحمد=Ahmed علي=Ali عمر=Omar خالد=Khaled يوسف=Youssef إبراهيم=Ibrahim عبدالله=Abdullah حسن=Hassan حسين=Hussein سعيد=Said فيصل=Faisal طارق=Tariq ماجد=Majid سلمان=Salman كريم=Karim",
        f="فاطمة=Fatima عائشة=Aisha مريم=Maryam نور=Nour سارة=Sara ليلى=Layla هدى=Huda رنا=Rana سلمى=Salma ياسمين=Yasmin دينا=Dina لينا=Lina ريم=Reem أمل=Amal منى=Mona هالة=Hala",
        s="العلي=Al-Ali الحربي=Al-Harbi القحطاني=Al-Qahtani الشمري=Al-Shammari الزهراني=Al-Zahrani العتيبي=Al-Otaibi الدوسري=Al-Dosari المصري=El-Masry حداد=Haddad خوري=Khoury نصار=Nassar عبدالرحمن=Abdelrahman الخطيب=Al-Khatib الرفاعي=Al-Rifai منصور=Mansour سليمان=Suleiman الفارس=Al-Fares بن_سالم=bin_Salem أبو_زيد=Abu_Zeid الحسيني=al-Husseini",
    ),
    "fa": dict(
        home="fa",
        script="arab",
        mail="fa",
        m="علی=Ali محمد=Mohammad حسین=Hossein رضا=Reza مهدی=Mehdi امیر=Amir سعید=Saeed داریوش=Dariush کوروش=Kourosh بهرام=Bahram آرش=Arash فرهاد=Farhad حمید=Hamid پویا=Pouya سینا=Sina بابک=Babak",
        f="فاطمه=Fatemeh زهرا=Zahra مریم=Maryam سارا=Sara نازنین=Nazanin شیرین=Shirin لیلا=Leila نرگس=Narges پریسا=Parisa مهسا=Mahsa الهام=Elham سمیرا=Samira آزاده=Azadeh نیلوفر=Niloufar یاسمن=Yasaman ستاره=Setareh",
        s="رضایی=Rezaei محمدی=Mohammadi حسینی=Hosseini احمدی=Ahmadi کریمی=Karimi موسوی=Mousavi جعفری=Jafari صادقی=Sadeghi رحیمی=Rahimi کاظمی=Kazemi قاسمی=Ghasemi تهرانی=Tehrani شریفی=Sharifi نوری=Nouri اکبری=Akbari هاشمی=Hashemi زارعی=Zarei عباسی=Abbasi نجفی=Najafi فرهادی=Farhadi",
    ),
    "he": dict(
        home="he",
        script="hebr",
        mail="he",
        m="נועם=Noam יוסי=Yossi דוד=David משה=Moshe אברהם=Avraham יונתן=Yonatan איתי=Itai עומר=Omer אורי=Uri אריאל=Ariel דניאל=Daniel אלון=Alon גיא=Guy רון=Ron עידו=Ido אביב=Aviv",
        f="נועה=Noa שירה=Shira מיכל=Michal תמר=Tamar יעל=Yael רחל=Rachel שרה=Sarah אורית=Orit הילה=Hila ליאת=Liat מאיה=Maya טליה=Talia רוני=Roni עדי=Adi אביגיל=Avigail דנה=Dana",
        s="כהן=Cohen לוי=Levi מזרחי=Mizrahi פרץ=Peretz ביטון=Biton דהן=Dahan אברהם=Avraham פרידמן=Friedman אזולאי=Azoulay מלכה=Malka אוחיון=Ohayon גולדברג=Goldberg שפירא=Shapira רוזנברג=Rosenberg בן_דוד=Ben_David חדד=Hadad עמר=Amar כץ=Katz וייס=Weiss בן-עמי=Ben-Ami",
    ),
    "hi": dict(
        home="hi",
        script="deva",
        mail="in",
        m="राहुल=Rahul अमित=Amit राजेश=Rajesh सुनील=Sunil विकास=Vikas अनिल=Anil संजय=Sanjay मनोज=Manoj अर्जुन=Arjun रोहित=Rohit विवेक=Vivek आदित्य=Aditya प्रवीण=Praveen दीपक=Deepak नितिन=Nitin सौरभ=Saurabh",
        f="प्रिया=Priya पूजा=Pooja नेहा=Neha अंजलि=Anjali सुनीता=Sunita कविता=Kavita रीना=Reena स्नेहा=Sneha आरती=Aarti दिव्या=Divya मीना=Meena सीमा=Seema पायल=Payal श्वेता=Shweta ज्योति=Jyoti रश्मि=Rashmi",
        s="शर्मा=Sharma वर्मा=Verma गुप्ता=Gupta सिंह=Singh कुमार=Kumar यादव=Yadav मिश्रा=Mishra अग्रवाल=Agarwal जैन=Jain पटेल=Patel चौहान=Chauhan श्रीवास्तव=Srivastava तिवारी=Tiwari पांडे=Pandey सक्सेना=Saxena जोशी=Joshi मेहता=Mehta कपूर=Kapoor खन्ना=Khanna मल्होत्रा=Malhotra",
    ),
    "ta": dict(
        home="ta",
        script="taml",
        mail="in",
        m="கார்த்திக்=Karthik முருகன்=Murugan செந்தில்=Senthil அருண்=Arun விஜய்=Vijay சுரேஷ்=Suresh ரமேஷ்=Ramesh பாலாஜி=Balaji கணேஷ்=Ganesh சரவணன்=Saravanan ராஜா=Raja வெங்கடேஷ்=Venkatesh பிரகாஷ்=Prakash தினேஷ்=Dinesh",
        f="பிரியா=Priya லட்சுமி=Lakshmi மீனா=Meena கவிதா=Kavitha தேவி=Devi அனிதா=Anitha சங்கீதா=Sangeetha ராதா=Radha வள்ளி=Valli கீர்த்தனா=Keerthana திவ்யா=Divya சுதா=Sudha ஜெயந்தி=Jayanthi",
        s="சுப்பிரமணியன்=Subramanian ராமசாமி=Ramasamy கிருஷ்ணன்=Krishnan வேலு=Velu பாண்டியன்=Pandian முத்து=Muthu சந்திரசேகரன்=Chandrasekaran நடராஜன்=Natarajan ராஜேந்திரன்=Rajendran சீனிவாசன்=Srinivasan ஐயர்=Iyer பிள்ளை=Pillai அண்ணாமலை=Annamalai கோபால்=Gopal சேகர்=Sekar ரவி=Ravi மணி=Mani தங்கராஜ்=Thangaraj குமாரசாமி=Kumarasamy ஆறுமுகம்=Arumugam",
    ),
    "pk": dict(
        home="",
        mail="in",
        m="Muhammad Ahmed Bilal Hamza Usman Faisal Imran Kamran Asad Zubair Shahid Tariq Waqas Fahad Junaid Adnan Haris Saad Noman Rizwan Sohail Arsalan Zeeshan Danish Omer",
        f="Ayesha Fatima Sana Hina Mahnoor Zainab Iqra Sadia Nadia Rabia Saima Maryam Amna Kiran Bushra Sidra Hira Mehwish Farah Nimra Anum Javeria Alina Areeba Uzma",
        s="Khan Ahmed Malik Butt Chaudhry Qureshi Sheikh Siddiqui Raza Hussain Shah Abbasi Mirza Javed Akhtar Iqbal Rana Baig Hashmi Awan Gillani Bhatti Niazi Rehman Farooqui",
    ),
    "ms": dict(
        home="",
        mail="default",
        pre="bin|binti",
        m="Ahmad Muhammad_Faiz Amirul Hafiz Izzat Syafiq Aiman Danial Haziq Irfan Khairul Nazrul Rizal Shahrul Zulkifli Azlan Firdaus Hakim Ikmal Luqman Najib Rosli Shamsul Taufiq Wan_Ahmad",
        f="Siti_Aminah Nurul_Ain Farah Aina Alya Balqis Damia Hani Intan Liyana Maisarah Nabila Qistina Sofea Syahirah Wani Zulaikha Hajar Adibah Najwa Zahirah Aqilah Atiqah Fatin Hidayah",
        s="Abdullah Ismail Hassan Yusof Osman Ahmad Rahman Ibrahim Kassim Salleh Mohd_Noor Hamid Othman Zakaria Jaafar Mustafa Daud Rashid Latif Hashim Yaakob",
    ),
    "id": dict(
        home="id",
        mail="id",
        m="Budi Agus Andi Dedi Eko Joko Hendra Rizky Fajar Adi Wahyu Bambang Teguh Yusuf Arif Dimas Bayu Rudi Slamet Ilham Taufik Gilang Surya Putra",
        f="Siti Dewi Sri Ayu Putri Rina Wulan Indah Fitri Nur Ratna Lestari Kartika Intan Rani Mega Dian Yuni Wati Nurul Anisa Melati Citra Kurniawati",
        s="Santoso Wijaya Saputra Hidayat Pratama Kurniawan Setiawan Nugroho Susanto Gunawan Wibowo Halim Siregar Nasution Simanjuntak Hutapea Sitompul Harahap Lubis Tanjung Sinaga Situmorang Pangaribuan Rahman Purba Wahyudi",
    ),
    "tl": dict(
        home="tl taglish",
        mail="tl",
        m="Jose Juan Mark Jun-Jun Paolo Miguel Carlo Rafael Angelo Christian John_Paul Jerome Ramon Rodel Joel Dindo Bong Jomar Nestor Ariel Efren Reynaldo Renato Arnel Bayani",
        f="Maria Ana Grace Joy Cristina Kristine Mary_Grace Rowena Marites Jocelyn Lorna Liza Ma._Theresa Angelica Princess Precious Hazel Rhea Lovely Marjorie Cherry Jenny Abegail Rosario Analyn",
        s="dela_Cruz Santos Reyes Garcia Mendoza Bautista Ocampo Villanueva Ramos Castillo Rivera Flores Gonzales Torres Navarro Salazar Mercado Pascual Soriano Manalo Dimaculangan Macaraeg Magbanua Lagman de_los_Reyes",
    ),
    "vi": dict(
        home="vi",
        order="sg",
        short_last=True,
        mail="vi",
        m="Văn_An Văn_Hùng Minh_Tuấn Quốc_Bảo Đức_Anh Thanh_Long Hoàng_Nam Văn_Dũng Minh_Khôi Gia_Huy Tấn_Phát Hữu_Nghĩa Văn_Thành Quang_Minh Đình_Trọng Ngọc_Sơn Bá_Long Trung_Kiên Văn_Hải Hữu_Phước Mạnh_Hùng Minh",
        f="Thị_Hoa Thị_Lan Thị_Mai Thị_Hương Ngọc_Anh Thu_Trang Thanh_Hằng Minh_Châu Bảo_Ngọc Thùy_Linh Phương_Thảo Thị_Hạnh Kim_Ngân Mỹ_Duyên Hồng_Nhung Khánh_Linh Diệu_Linh Thị_Thu Tuyết_Mai Ngọc_Hân Thảo_Vy Hoài_An Thanh_Tâm",
        s="Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Tô Lương Văn",
    ),
    "th": dict(
        home="th",
        script="thai",
        mail="th",
        m="สมชาย=Somchai สมศักดิ์=Somsak ประเสริฐ=Prasert วิชัย=Wichai อนุชา=Anucha ธนากร=Thanakorn ณัฐพล=Nattapon กิตติ=Kitti ชัยวัฒน์=Chaiwat สุรชัย=Surachai ธีรพงษ์=Teerapong พงศกร=Pongsakorn",
        f="สมศรี=Somsri มาลี=Malee สุดารัตน์=Sudarat กนกวรรณ=Kanokwan นภัสสร=Napatsorn ปิยะนุช=Piyanuch วันเพ็ญ=Wanpen อรุณี=Arunee พิมพ์ชนก=Pimchanok ศิริพร=Siriporn รัตนา=Rattana ดวงใจ=Duangjai จันทร์เพ็ญ=Chanpen",
        s="ใจดี=Jaidee สุขสวัสดิ์=Suksawat ศรีสุข=Srisuk วงศ์สวัสดิ์=Wongsawat แก้วมณี=Kaewmanee ทองดี=Thongdee บุญมา=Boonma รัตนพันธ์=Rattanapan เพชรรัตน์=Phetcharat จันทร์แก้ว=Chankaew สมบูรณ์=Somboon ปัญญาดี=Panyadee ศรีวงศ์=Sriwong มั่นคง=Mankong อินทร์แก้ว=Inkaew ชัยมงคล=Chaimongkol พึ่งบุญ=Phungboon ทองคำ=Thongkham บุญเรือง=Boonruang สุวรรณ=Suwan",
    ),
    "zh": dict(
        home="zh zh_en",
        script="hani",
        order="sg",
        sep="",
        mail="zh",
        m="伟=Wei 强=Qiang 磊=Lei 军=Jun 勇=Yong 杰=Jie 涛=Tao 明=Ming 超=Chao 刚=Gang 建华=Jianhua 志强=Zhiqiang 晓明=Xiaoming 浩然=Haoran 宇轩=Yuxuan 思远=Siyuan",
        f="芳=Fang 娜=Na 敏=Min 静=Jing 丽=Li 艳=Yan 秀英=Xiuying 霞=Xia 桂英=Guiying 婷婷=Tingting 子涵=Zihan 欣怡=Xinyi 雪梅=Xuemei 慧玲=Huiling",
        s="王=Wang 李=Li 张=Zhang 刘=Liu 陈=Chen 杨=Yang 黄=Huang 赵=Zhao 吴=Wu 周=Zhou 徐=Xu 孙=Sun 马=Ma 朱=Zhu 胡=Hu 郭=Guo 何=He 林=Lin 罗=Luo 高=Gao 欧阳=Ouyang 梁=Liang 宋=Song",
    ),
    "ja": dict(
        home="ja ja_en",
        script="jpan",
        order="sg",
        sep="",
        mail="ja",
        m="翔太=Shota 大輔=Daisuke 健太=Kenta 拓也=Takuya 浩二=Koji 誠=Makoto 健一=Kenichi 悠斗=Yuto 蓮=Ren 大翔=Hiroto 隆=Takashi 直樹=Naoki 和也=Kazuya",
        f="陽子=Yoko さくら=Sakura 美咲=Misaki 結衣=Yui 恵子=Keiko 由美=Yumi 真由美=Mayumi 彩=Aya 奈々=Nana 愛=Ai 舞=Mai 香織=Kaori 千尋=Chihiro",
        s="佐藤=Sato 鈴木=Suzuki 高橋=Takahashi 田中=Tanaka 伊藤=Ito 渡辺=Watanabe 山本=Yamamoto 中村=Nakamura 小林=Kobayashi 加藤=Kato 吉田=Yoshida 山田=Yamada 佐々木=Sasaki 山口=Yamaguchi 松本=Matsumoto 井上=Inoue 木村=Kimura 林=Hayashi 清水=Shimizu 森=Mori 池田=Ikeda 橋本=Hashimoto",
    ),
    "ko": dict(
        home="ko",
        script="hang",
        order="sg",
        sep="",
        mail="ko",
        m="민준=Min-jun 서준=Seo-jun 도윤=Do-yun 지호=Ji-ho 현우=Hyun-woo 성민=Sung-min 준호=Jun-ho 동현=Dong-hyun 재원=Jae-won 상훈=Sang-hoon 영수=Young-soo 태현=Tae-hyun 우진=Woo-jin",
        f="서연=Seo-yeon 지우=Ji-woo 하은=Ha-eun 민서=Min-seo 수빈=Su-bin 지민=Ji-min 예은=Ye-eun 은지=Eun-ji 혜진=Hye-jin 미영=Mi-young 소영=So-young 유진=Yu-jin",
        s="김=Kim 이=Lee 박=Park 최=Choi 정=Jung 강=Kang 조=Cho 윤=Yoon 장=Jang 임=Lim 한=Han 오=Oh 서=Seo 신=Shin 권=Kwon 황=Hwang 안=Ahn 송=Song 류=Ryu 홍=Hong 전=Jeon 남궁=Namgung",
    ),
    "sw": dict(
        home="sw",
        mail="default",
        m="Baraka Juma Hamisi Jabari Amani Tumaini Bakari Omari Rashidi Salim Hassani Mwangi Kamau Otieno Ochieng Kiprono Wafula Mugo Njoroge Kariuki Mutua Kiplagat Wekesa Zuberi Idd",
        f="Neema Rehema Zawadi Imani Upendo Furaha Amina Mwanaisha Halima Wanjiru Achieng Akinyi Nyambura Wambui Njeri Atieno Makena Nafula Chausiku Saida Subira Pendo Faith Mercy Grace",
        s="Mwangi Kamau Otieno Ochieng Njoroge Kariuki Mutua Wanjiku Omondi Odhiambo Kiprono Cheruiyot Wafula Juma Mohamed Mushi Massawe Mrema Lyimo Shirima Kimaro Mwakyusa Mollel Swai",
    ),
    "am": dict(
        home="am",
        script="ethi",
        mail="default",
        m="አበበ=Abebe ተስፋዬ=Tesfaye ዳዊት=Dawit ሰለሞን=Solomon ዮሐንስ=Yohannes ብርሃኑ=Birhanu ግርማ=Girma ታደሰ=Tadesse መኮንን=Mekonnen አለሙ=Alemu ሙሉጌታ=Mulugeta ካሳ=Kassa ሀይሌ=Haile ያሬድ=Yared",
        f="ሰላም=Selam ሄለን=Helen መሰረት=Meseret ትዕግስት=Tigist ብርቱካን=Birtukan አልማዝ=Almaz ፀሐይ=Tsehay ሜሮን=Meron ቤተልሄም=Bethlehem ሀና=Hana ማርታ=Marta ራሄል=Rahel ፍሬህይወት=Frehiwot",
        s="በቀለ=Bekele ተሾመ=Teshome ወልደማርያም=Woldemariam ገብረመድህን=Gebremedhin ደስታ=Desta ከበደ=Kebede አሰፋ=Assefa ለማ=Lemma ታምሩ=Tamiru ተፈራ=Tefera ወርቁ=Worku ኃይሉ=Hailu ዘውዴ=Zewdie አድማሱ=Admasu ጌታቸው=Getachew ሽፈራው=Shiferaw ደምሴ=Demissie ጥላሁን=Tilahun ወንድሙ=Wondimu መንግስቱ=Mengistu",
    ),
}

# template language -> weighted cultures of the people in it, weighted countries
# for country-bound values, and a base language for date words and honorifics
LANGS = {
    "en": dict(
        cult="en_us:14 en_gb:7 ie:2 sco:2 ng:3 gh:2 hi:4 ta:2 pk:2 zh:3 ja:2 ko:2 vi:2 tl:3 id:1 ms:1 th:1 ar:2 fa:1 he:1 ru:1 uk:1 pl:2 de:2 fr:2 es:2 mx:3 pt:1 br:2 it:2 nl:1 tr:1 el:1 sv:1 no:1 da:1 fi:1 et:1 lt:1 cs:1 sk:1 ro:1 hu:1 sr:1 hr:1 sw:1 am:1",
        cc="us:8 gb:3 ie ca au in ng ke ph",
    ),
    "de": dict(cult="de:14 tr:2 pl:1 it:1 hr:1 el:1 ru:1", cc="de:6 at ch"),
    "fr": dict(cult="fr:14 ar:2 pt:1 it:1 gh:1 vi:1", cc="fr:6 be ch"),
    "es": dict(cult="es:8 mx:6", cc="es:3 mx:2"),
    "pt": dict(cult="pt:6 br:6", cc="pt br"),
    "it": dict(cult="it:12 ro:1 ar:1", cc="it"),
    "nl": dict(cult="nl:12 tr:1 ar:1 id:1", cc="nl:4 be"),
    "pl": dict(cult="pl:12 uk:1", cc="pl"),
    "cs": dict(cult="cs:12 sk:2", cc="cz"),
    "sk": dict(cult="sk:12 cs:1 hu:1", cc="sk"),
    "ro": dict(cult="ro:12 hu:1", cc="ro"),
    "hu": dict(cult="hu", cc="hu"),
    "sv": dict(cult="sv:10 fi:1 ar:1", cc="se"),
    "no": dict(cult="no:10 sv:1 pl:1", cc="no"),
    "da": dict(cult="da:10 de:1 tr:1", cc="dk"),
    "fi": dict(cult="fi:10 sv:1 et:1", cc="fi"),
    "et": dict(cult="et:10 fi:1", cc="ee"),
    "lt": dict(cult="lt:10 pl:1", cc="lt"),
    "tr": dict(cult="tr", cc="tr"),
    "el": dict(cult="el", cc="gr"),
    "ru": dict(cult="ru:10 uk:1", cc="ru"),
    "uk": dict(cult="uk:10 ru:1", cc="ua"),
    "sr": dict(cult="sr", cc="rs"),
    "hr": dict(cult="hr", cc="hr"),
    "ar": dict(cult="ar", cc="sa:2 ae:2 eg:2"),
    "fa": dict(cult="fa", cc="ir"),
    "he": dict(cult="he", cc="il"),
    "hi": dict(cult="hi", cc="in"),
    "ta": dict(cult="ta", cc="in"),
    "id": dict(cult="id:10 ms:1", cc="id"),
    "tl": dict(cult="tl", cc="ph"),
    "vi": dict(cult="vi", cc="vn"),
    "th": dict(cult="th", cc="th"),
    "zh": dict(cult="zh", cc="cn"),
    "ja": dict(cult="ja", cc="jp"),
    "ko": dict(cult="ko", cc="kr"),
    "sw": dict(cult="sw", cc="ke tz"),
    "am": dict(cult="am", cc="et"),
    # code-switched mixes and romanized chat
    "hinglish": dict(cult="hi:6 ta:1", cc="in", base="en"),
    "taglish": dict(cult="tl", cc="ph", base="tl"),
    "spanglish": dict(cult="mx:5 en_us:2", cc="us", base="en"),
    "denglish": dict(cult="de:5 en_us:1", cc="de", base="de"),
    "ru_lat": dict(cult="ru:4 uk:1", cc="ru", base="ru_lat"),
    "ar_lat": dict(cult="ar", cc="ae:2 eg", base="ar_lat"),
    "zh_en": dict(cult="zh:4 en_us:1", cc="cn", base="zh"),
    "ja_en": dict(cult="ja:4 en_us:1", cc="jp", base="ja"),
}

# ---------------------------------------------------------------------------
# Honorifics (masculine, feminine), "|"-separated alternatives.  They are
# written outside the PERSON span.

HON = {
    "en": ("Mr.|Mr|Dr.", "Ms.|Ms|Mrs.|Dr."),
    "de": ("Herr|Herr Dr.", "Frau|Frau Dr."),
    "fr": ("M.|Monsieur", "Mme|Madame"),
    "es": ("Sr.|D.|don", "Sra.|Dña.|doña"),
    "pt": ("Sr.|Dr.", "Sra.|Dra."),
    "it": ("Sig.|Dott.", "Sig.ra|Dott.ssa"),
    "nl": ("dhr.|meneer", "mevr.|mevrouw"),
    "pl": ("Pan", "Pani"),
    "cs": ("pan", "paní"),
    "sk": ("pán", "pani"),
    "ro": ("domnul|dl.", "doamna|dna."),
    "hu": ("úr", "asszony"),
    "lt": ("ponas", "ponia"),
    "tr": ("Bey", "Hanım"),
    "el": ("κ.|κύριος", "κα|κυρία"),
    "ru": ("г-н|господин", "г-жа|госпожа"),
    "uk": ("пан", "пані"),
    "sr": ("г.|господин", "г-ђа|госпођа"),
    "hr": ("g.|gospodin", "gđa|gospođa"),
    "ar": ("السيد|الأستاذ", "السيدة|الأستاذة"),
    "fa": ("آقای", "خانم"),
    "he": ("מר", "גב'"),
    "hi": ("श्री", "श्रीमती"),
    "ta": ("திரு.", "திருமதி"),
    "id": ("Bapak|Pak", "Ibu|Bu"),
    "tl": ("G.|Ginoong", "Gng.|Bb."),
    "vi": ("ông|anh", "bà|chị"),
    "th": ("นาย", "นาง|นางสาว"),
    "zh": ("先生", "女士"),
    "ko": ("씨|님", "씨|님"),
    "ja": ("様|さん", "様|さん"),
    "sw": ("Bw.|Bwana", "Bi.|Bibi"),
    "am": ("አቶ", "ወ/ሮ|ወ/ሪት"),
    "sv": ("", ""),
}

# ---------------------------------------------------------------------------
# Dates.  Month words in the form used after a day number ("_" = space).

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "sr": "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "fa": "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "am": "ጃንዋሪ ፌብሩዋሪ ማርች ኤፕሪል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር ኦክቶበር ኖቬምበር ዲሴምበር",
}
JALALI_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند"
HIJRI_MONTHS = "محرم|صفر|ربيع الأول|ربيع الآخر|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة"
ETH_MONTHS = "መስከረም ጥቅምት ኅዳር ታኅሣሥ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜ"

DATE_FMT = {
    "en": [
        "{mm}/{dd}/{yyyy}",
        "{m}/{d}/{yyyy}",
        "{MON} {d}, {yyyy}",
        "{d} {MON} {yyyy}",
        "{yyyy}-{mm}-{dd}",
        "{Mon3} {d}, {yyyy}",
        "{dd}/{mm}/{yyyy}",
        "{d}-{Mon3}-{yyyy}",
        "{dd} {Mon3} {yyyy}",
        "{MON} {d} {yyyy}",
    ],
    "de": [
        "{dd}.{mm}.{yyyy}",
        "{d}. {MON} {yyyy}",
        "{d}.{m}.{yyyy}",
        "{dd}.{mm}.{yyyy}",
        "{yyyy}-{mm}-{dd}",
    ],
    "fr": ["{dd}/{mm}/{yyyy}", "{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}", "{dd}.{mm}.{yyyy}"],
    "es": ["{dd}/{mm}/{yyyy}", "{d} de {MON} de {yyyy}", "{dd}-{mm}-{yyyy}", "{d}/{m}/{yyyy}"],
    "pt": ["{dd}/{mm}/{yyyy}", "{d} de {MON} de {yyyy}", "{dd}-{mm}-{yyyy}", "{dd}.{mm}.{yyyy}"],
    "it": ["{dd}/{mm}/{yyyy}", "{d} {MON} {yyyy}", "{dd}.{mm}.{yyyy}", "{dd}-{mm}-{yyyy}"],
    "nl": ["{dd}-{mm}-{yyyy}", "{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}", "{d}-{m}-{yyyy}"],
    "pl": ["{dd}.{mm}.{yyyy}", "{d} {MON} {yyyy}", "{yyyy}-{mm}-{dd}", "{dd}.{mm}.{yyyy}"],
    "cs": ["{d}. {m}. {yyyy}", "{d}.{m}.{yyyy}", "{d}. {MON} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "sk": ["{d}. {m}. {yyyy}", "{d}.{m}.{yyyy}", "{d}. {MON} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "ro": ["{dd}.{mm}.{yyyy}", "{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "hu": ["{yyyy}. {mm}. {dd}.", "{yyyy}.{mm}.{dd}.", "{yyyy}. {MON} {d}.", "{yyyy}-{mm}-{dd}"],
    "sv": ["{yyyy}-{mm}-{dd}", "{d} {MON} {yyyy}", "{yyyy}-{mm}-{dd}"],
    "no": ["{dd}.{mm}.{yyyy}", "{d}. {MON} {yyyy}"],
    "da": ["{dd}.{mm}.{yyyy}", "{d}. {MON} {yyyy}", "{dd}-{mm}-{yyyy}"],
    "fi": ["{d}.{m}.{yyyy}", "{d}. {MON} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "et": ["{dd}.{mm}.{yyyy}", "{d}. {MON} {yyyy}"],
    "lt": ["{yyyy}-{mm}-{dd}", "{yyyy} m. {MON} {d} d.", "{yyyy}.{mm}.{dd}"],
    "tr": ["{dd}.{mm}.{yyyy}", "{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "el": ["{dd}/{mm}/{yyyy}", "{d} {MON} {yyyy}", "{d}-{m}-{yyyy}"],
    "ru": ["{dd}.{mm}.{yyyy}", "{d} {MON} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "uk": ["{dd}.{mm}.{yyyy}", "{d} {MON} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "sr": ["{dd}.{mm}.{yyyy}.", "{d}. {MON} {yyyy}.", "{d}.{m}.{yyyy}."],
    "hr": ["{dd}.{mm}.{yyyy}.", "{d}. {MON} {yyyy}.", "{d}.{m}.{yyyy}."],
    "ar": ["{dd}/{mm}/{yyyy}", "{d} {MON} {yyyy}", "{yyyy}/{mm}/{dd}"],
    "fa": ["{dd}/{mm}/{yyyy}", "{d} {MON} {yyyy}"],
    "he": ["{dd}/{mm}/{yyyy}", "{d} {MON} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "hi": ["{dd}/{mm}/{yyyy}", "{d} {MON} {yyyy}", "{dd}-{mm}-{yyyy}"],
    "ta": ["{dd}-{mm}-{yyyy}", "{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "id": ["{dd}-{mm}-{yyyy}", "{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "tl": ["{MON} {d}, {yyyy}", "{mm}/{dd}/{yyyy}", "{d} {MON} {yyyy}"],
    "vi": [
        "{dd}/{mm}/{yyyy}",
        "ngày {d} tháng {m} năm {yyyy}",
        "{d}/{m}/{yyyy}",
        "{dd}-{mm}-{yyyy}",
    ],
    "th": ["{dd}/{mm}/{yyyy}", "{d} {MON} {yyyy}"],
    "zh": ["{yyyy}年{m}月{d}日", "{yyyy}-{mm}-{dd}", "{yyyy}/{mm}/{dd}", "{yyyy}.{mm}.{dd}"],
    "ja": ["{yyyy}年{m}月{d}日", "{yyyy}/{mm}/{dd}", "{yyyy}.{mm}.{dd}", "{yyyy}年{mm}月{dd}日"],
    "ko": ["{yyyy}년 {m}월 {d}일", "{yyyy}.{mm}.{dd}", "{yyyy}-{mm}-{dd}", "{yyyy}. {m}. {d}."],
    "sw": ["{dd}/{mm}/{yyyy}", "{d} {MON} {yyyy}", "{dd}-{mm}-{yyyy}"],
    "am": ["{dd}/{mm}/{yyyy}", "{MON} {d}, {yyyy}"],
    "hinglish": ["{dd}/{mm}/{yyyy}", "{dd}-{mm}-{yyyy}", "{d} {MON} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "ru_lat": ["{dd}.{mm}.{yyyy}", "{d}.{m}.{yyyy}"],
    "ar_lat": ["{dd}/{mm}/{yyyy}", "{d}-{m}-{yyyy}", "{d}/{m}/{yyyy}"],
    "spanglish": ["{mm}/{dd}/{yyyy}", "{m}/{d}/{yyyy}", "{MON} {d}, {yyyy}"],
}
# language -> (calendar used by default, share of dates written in it)
CAL_DEFAULT = {
    "fa": ("jalali", 0.65),
    "th": ("be", 0.7),
    "am": ("eth", 0.75),
    "ja": ("jp", 0.2),
    "ar": ("hijri", 0.15),
    "zh": ("roc", 0.06),
}
NATIVE_DIGITS = {
    "fa": ("۰۱۲۳۴۵۶۷۸۹", 0.6),
    "ar": ("٠١٢٣٤٥٦٧٨٩", 0.3),
    "hi": ("०१२३४५६७८९", 0.1),
    "th": ("๐๑๒๓๔๕๖๗๘๙", 0.1),
}

# ---------------------------------------------------------------------------
# Phone number shapes: '#' digit, '%' non-zero digit, '&' digit 2-9.

PHONES = {
    "us": "(&##) &##-####|&##-&##-####|+1 &## &##-####|&##.&##.####|+1-&##-&##-####|1 (&##) &##-####|(&##) &##-#### ext. ##",
    "ca": "(&##) &##-####|&##-&##-####|+1 &## &## ####|+1-&##-&##-####",
    "gb": "07### ######|+44 7### ######|020 7### ####|+44 (0)20 7### ####|0161 ### ####|+44 113 ### ####|07###-###-###",
    "ie": "08% ### ####|+353 8% ### ####|01 ### ####|+353 (0)1 ### ####",
    "au": "04## ### ###|+61 4## ### ###|(02) 9### ####|+61 2 9### ####|04########",
    "in": "+91 9#### #####|+91-9#########|09#### #####|9#########|+91 8#### #####|022 #### ####|+91 7### ### ###",
    "ng": "+234 80% ### ####|080% ### ####|+234 (0)81% ### ####|0703 ### ####",
    "ke": "+254 7## ### ###|07## ######|+254 (0)7## ######|0722 ### ###",
    "tz": "+255 7## ### ###|07## ### ###|+255 68# ### ###",
    "ph": "+63 9## ### ####|09## ### ####|(02) 8### ####|+63 917 ### ####|0917-###-####",
    "de": "+49 30 ########|030 #######|0151 ########|+49 (0)151 ########|+49 176 ########|089 / ### ###-##|0170-#######|+49 40 ### ###-##",
    "at": "+43 664 #######|0664 ### ####|+43 1 ### ####|0676 ### ## ##",
    "ch": "+41 79 ### ## ##|079 ### ## ##|044 ### ## ##|+41 (0)44 ### ## ##",
    "fr": "06 ## ## ## ##|07 ## ## ## ##|+33 6 ## ## ## ##|01 ## ## ## ##|+33 (0)1 ## ## ## ##|06.##.##.##.##|+33 7 ## ## ## ##",
    "be": "+32 47# ## ## ##|047# ## ## ##|+32 2 ### ## ##|02 ### ## ##",
    "es": "6## ### ###|+34 6## ## ## ##|91 ### ## ##|+34 93 ### ## ##|6########|+34 6## ### ###",
    "mx": "+52 55 #### ####|55 #### ####|+52 1 33 #### ####|(81) ####-####|55-####-####",
    "pt": "+351 9## ### ###|9## ### ###|21# ### ###|+351 22# ### ###",
    "br": "(11) 9####-####|+55 11 9####-####|(21) 9####-####|+55 (31) 9####-####|11 9#### ####|(41) 3###-####",
    "it": "+39 3## ### ####|3## #######|06 #### ####|+39 02 ########|3##-#######|+39 3## #######",
    "nl": "06-########|+31 6 ########|020-### ####|+31 (0)20 ### ####|06 ## ## ## ##|+31 6 #### ####",
    "pl": "+48 5## ### ###|5##-###-###|6## ### ###|22 ### ## ##|+48 22 ### ## ##|+48 6## ### ###",
    "cz": "+420 6## ### ###|7## ### ###|+420 2## ### ###|6## ### ###",
    "sk": "+421 9## ### ###|09## ### ###|+421 2 #### ####",
    "ro": "+40 7## ### ###|07## ### ###|021 ### ####|+40 21 ### ####",
    "hu": "+36 30 ### ####|06 20 ### ####|+36 1 ### ####|06-70-###-####|+36 70 ### ####",
    "se": "07#-### ## ##|+46 7# ### ## ##|08-### ### ##|+46 8 ### ### ##",
    "no": "+47 9## ## ###|9## ## ###|4## ## ###|+47 4## ## ###",
    "dk": "+45 %# ## ## ##|%# ## ## ##|+45 %#%#%#%#",
    "fi": "04# ### ####|+358 4# ### ####|09 ### ####|+358 50 ### ####",
    "ee": "+372 5### ####|5### ####|+372 5## ####",
    "lt": "+370 6## #####|8 6## #####|+370 5 ### ####",
    "tr": "+90 5## ### ## ##|05## ### ## ##|0 (5##) ### ## ##|0212 ### ## ##|+90 (5##) ### ####",
    "gr": "+30 69# ### ####|69# ### ####|210 ### ####|+30 210 ### ####",
    "ru": "+7 (9##) ###-##-##|8 9## ###-##-##|+7 9## ### ## ##|8 (495) ###-##-##|+7 (812) ###-##-##",
    "ua": "+380 67 ### ####|050 ### ## ##|+380 (6#) ###-##-##|+38 093 ### ## ##|097-###-##-##",
    "rs": "+381 6# #######|06# ### ####|011 ### ####|+381 11 ### ####",
    "hr": "+385 9# ### ####|09# ### ####|01 ### ####|+385 1 ### ####",
    "sa": "+966 5# ### ####|05# ### ####|+966 11 ### ####",
    "ae": "+971 5# ### ####|05# ### ####|+971 4 ### ####|04 ### ####",
    "eg": "+20 1## ### ####|01## ### ####|+20 2 #### ####",
    "ir": "+98 9## ### ####|09## ### ####|021 #### ####|+98 21 #### ####",
    "il": "+972 5#-###-####|05#-###-####|03-###-####|+972 3-###-####",
    "id": "+62 812-####-####|0812-####-####|+62 21 #######|08## #### ####|+62 8##-####-####",
    "vn": "+84 9# ### ## ##|09# ### ####|03# ### ####|+84 3# ### ####|028 #### ####",
    "th": "+66 8# ### ####|08#-###-####|02-###-####|+66 9# ### ####",
    "cn": "+86 13# #### ####|13#-####-####|13#########|+86 10 ########|(021) ########|+86 18# #### ####|15# #### ####",
    "jp": "090-####-####|080-####-####|+81 90-####-####|03-####-####|06-####-####|+81 3-####-####|070-####-####",
    "kr": "010-####-####|+82 10-####-####|02-###-####|+82 2-####-####|010 #### ####",
    "et": "+251 9# ### ####|09## ######|+251 11 ### ####|0911 ## ## ##",
}

# ---------------------------------------------------------------------------
# IBAN structure after the check digits: n digits, a letters, c alphanumerics.

IBAN_SPECS = {
    "de": "18n",
    "at": "16n",
    "ch": "5n12c",
    "fr": "10n11c2n",
    "be": "12n",
    "es": "20n",
    "pt": "21n",
    "it": "1a10n12c",
    "nl": "4a10n",
    "pl": "24n",
    "cz": "20n",
    "sk": "20n",
    "ro": "4a16c",
    "hu": "24n",
    "se": "20n",
    "no": "11n",
    "dk": "14n",
    "fi": "14n",
    "ee": "16n",
    "lt": "16n",
    "tr": "5n1n16c",
    "gr": "7n16c",
    "ua": "6n19c",
    "rs": "18n",
    "hr": "17n",
    "sa": "2n18c",
    "ae": "3n16n",
    "il": "19n",
    "gb": "4a14n",
    "ie": "4a14n",
    "br": "8n10n5n1a1c",
    "ir": "22n",
    "eg": "25n",
    "lu": "3n13c",
}
IBAN_BANKS = {
    "gb": "NWBK BARC LOYD HBUK MIDL NAIA",
    "ie": "AIBK BOFI IPBS",
    "nl": "ABNA INGB RABO TRIO SNSB KNAB",
    "ro": "BTRL RNCB BRDE INGB RZBR",
}
IBAN_FALLBACK = ["gb", "de", "nl", "fr", "ie", "es", "lu"]

# ---------------------------------------------------------------------------
# Addresses.  "city" entries are "city;postcode pattern;region"; no/unit/zip
# use '#' digit, '%' non-zero digit, '@' capital letter, '!' a literal '#'.  "one" are one-line
# shapes, "ml" multi-line shapes.

ADDRESSES = {
    "us": dict(
        st="Maple Avenue|Oak Street|W 34th Street|Sunset Blvd|Pine Ridge Road|Lakeview Drive|Elm Court|Cedar Lane|Highland Ave|N Broadway|Willow Creek Dr|Main St|Chestnut St|E 7th Ave",
        city="Springfield;627##;IL|Austin;787##;TX|Columbus;432##;OH|Portland;972##;OR|Raleigh;276##;NC|Denver;802##;CO|Tucson;857##;AZ|Buffalo;142##;NY|Madison;537##;WI|Sacramento;958##;CA|Brooklyn;112##;NY|Jacksonville;322##;FL|Dayton;454##;OH",
        no="%##|%###|%#|%####",
        unit="Apt %#|Apt %#B|Unit %#|Suite %##|!%#|Apt. %C",
        one="{no} {st}, {city}, {reg} {zip}|{no} {st} {unit}, {city}, {reg} {zip}|{no} {st}, {unit}, {city} {reg} {zip}|{no} {st}, {city} {reg} {zip}",
        ml="{no} {st}\n{city}, {reg} {zip}|{no} {st}, {unit}\n{city}, {reg} {zip}|{no} {st}\n{unit}\n{city}, {reg} {zip}|{no} {st}\n{city}, {reg} {zip}\nUSA",
    ),
    "gb": dict(
        st="Kingsley Road|Church Lane|Victoria Street|Manor Way|Station Road|High Street|Mill Lane|Park Avenue|Queen's Drive|Beech Grove|Albert Terrace|Cromwell Close",
        city="London;SW1% %@@;|London;E% %@@;|Leeds;LS% %@@;|Manchester;M%% %@@;|Bristol;BS% %@@;|Glasgow;G%% %@@;|Cardiff;CF%% %@@;|Birmingham;B%% %@@;|Edinburgh;EH% %@@;|Norwich;NR% %@@;",
        no="%|%#|%##",
        unit="Flat %|Flat %#|Apartment %|Flat %@",
        one="{no} {st}, {city} {zip}|{unit}, {no} {st}, {city}, {zip}|{no} {st}, {city}, {zip}, UK|{unit}, {no} {st}, {city} {zip}",
        ml="{no} {st}\n{city}\n{zip}|{unit}\n{no} {st}\n{city} {zip}|{unit}, {no} {st}\n{city}\n{zip}\nUnited Kingdom",
    ),
    "ie": dict(
        st="Griffith Avenue|Seafield Road|Main Street|Grange Park|Ashbrook Lawn|Castle Street|Oakpark Drive",
        city="Dublin 9;D09 @%@%;|Dublin 6W;D6W @%@%;|Cork;T12 @@%%;|Galway;H91 @%@%;|Limerick;V94 @%@%;",
        no="%|%#|%##",
        unit="Apt %|Apartment %#",
        one="{no} {st}, {city}, {zip}|{unit}, {no} {st}, {city} {zip}|{no} {st}, {city}, {zip}, Ireland",
        ml="{no} {st}\n{city}\n{zip}|{unit}\n{no} {st}\n{city}\n{zip}",
    ),
    "ca": dict(
        st="Queen St W|Yonge Street|Robson Street|Jasper Avenue|Bank Street|Rue Saint-Denis|Granville St|Portage Avenue",
        city="Toronto;M5@ %@%;ON|Montréal;H2@ %@%;QC|Vancouver;V6@ %@%;BC|Calgary;T2@ %@%;AB|Ottawa;K1@ %@%;ON|Winnipeg;R3@ %@%;MB",
        no="%##|%###|%#",
        unit="Unit %##|Apt %#|Suite %##",
        one="{no} {st}, {city}, {reg} {zip}|{unit}, {no} {st}, {city} {reg} {zip}|{no} {st} {unit}, {city}, {reg} {zip}",
        ml="{no} {st}\n{city} {reg}  {zip}|{no} {st}, {unit}\n{city} {reg} {zip}|{no} {st}\n{city} {reg} {zip}\nCanada",
    ),
    "au": dict(
        st="Smith St|George Street|Chapel St|Beach Road|Brunswick St|Oxford Street|Hay Street|Wattle Grove",
        city="Fitzroy;3065;VIC|Surry Hills;2010;NSW|Newtown;2042;NSW|Brisbane City;4000;QLD|Fremantle;6160;WA|Glenelg;5045;SA|Carlton;3053;VIC",
        no="%|%#|%##",
        unit="%|%#",
        one="{no} {st}, {city} {reg} {zip}|{unit}/{no} {st}, {city} {reg} {zip}|Unit {unit}, {no} {st}, {city} {reg} {zip}",
        ml="{no} {st}\n{city} {reg} {zip}|{unit}/{no} {st}\n{city} {reg} {zip}\nAustralia",
    ),
    "in": dict(
        st="14th Cross, Indiranagar|MG Road|Linking Road, Bandra West|Anna Salai, Teynampet|Sector 21, Dwarka|Park Street|FC Road, Shivajinagar|Road No. 36, Jubilee Hills",
        city="Bengaluru;5600##;Karnataka|Mumbai;4000##;Maharashtra|Chennai;6000##;Tamil Nadu|New Delhi;1100##;Delhi|Kolkata;7000##;West Bengal|Pune;4110##;Maharashtra|Hyderabad;5000##;Telangana",
        no="%##",
        unit="Flat %0#|!%#|House No. %##|Flat %0#, Sai Residency|B-%0#, Green Park Apartments|Plot %#",
        one="{unit}, {st}, {city} {zip}|{unit}, {st}, {city}, {reg} - {zip}|{unit}, {st}, {city} - {zip}",
        ml="{unit}\n{st}\n{city} - {zip}\n{reg}|{unit},\n{st},\n{city} {zip}",
    ),
    "in_hi": dict(
        st="एमजी रोड|सिविल लाइंस|राजेंद्र नगर|हज़रतगंज|मालवीय नगर|शास्त्री नगर",
        city="लखनऊ;2260##;उत्तर प्रदेश|जयपुर;3020##;राजस्थान|भोपाल;4620##;मध्य प्रदेश|पटना;8000##;बिहार|नई दिल्ली;1100##;दिल्ली",
        unit="फ्लैट नं. %0#|मकान नं. %##|%#/%, शांति निवास",
        one="{unit}, {st}, {city} - {zip}|{unit}, {st}, {city}, {reg} {zip}",
        ml="{unit}\n{st}\n{city} - {zip}\n{reg}",
    ),
    "in_ta": dict(
        st="பெரிய தெரு|அண்ணா நகர்|கோயில் தெரு|மேட்டுத் தெரு|வடக்கு ரத வீதி|பாரதி சாலை",
        city="சென்னை;6000##;தமிழ்நாடு|மதுரை;6250##;தமிழ்நாடு|கோயம்புத்தூர்;6410##;தமிழ்நாடு|திருச்சி;6200##;தமிழ்நாடு",
        unit="எண் %#|கதவு எண் %#/%|பிளாட் %0#",
        one="{unit}, {st}, {city} - {zip}|{unit}, {st}, {city} {zip}",
        ml="{unit},\n{st},\n{city} - {zip}",
    ),
    "ng": dict(
        st="Adeola Odeku Street|Awolowo Road|Allen Avenue|Admiralty Way|Opebi Road|Bourdillon Road|Aminu Kano Crescent",
        city="Victoria Island, Lagos;1012##;|Ikoyi, Lagos;1012##;|Ikeja, Lagos;1002##;|Wuse II, Abuja;9002##;|GRA, Port Harcourt;5002##;",
        no="%|%#|%##",
        unit="Flat %|Block %, Flat %",
        one="{no} {st}, {city}|{unit}, {no} {st}, {city}|{no} {st}, {city} {zip}",
        ml="{no} {st}\n{city}\nNigeria|{unit}\n{no} {st}\n{city}",
    ),
    "ke": dict(
        st="Ngong Road|Riverside Drive|Argwings Kodhek Road|Lenana Road|Waiyaki Way|Mombasa Road|Kiambu Road",
        city="Kilimani, Nairobi;00100;|Westlands, Nairobi;00800;|Lavington, Nairobi;00603;|Nyali, Mombasa;80118;|Milimani, Kisumu;40100;",
        unit="Apartment %@|House No. %#|Flat %#, Block @|Plot %##",
        one="{unit}, {st}, {city}|{unit}, {st}, {city} {zip}",
        ml="{unit}\n{st}\n{city}|{unit}, {st}\n{city}\nKenya",
    ),
    "tz": dict(
        st="Mtaa wa Uhuru|Barabara ya Bagamoyo|Mtaa wa Jamhuri|Barabara ya Kilwa|Mtaa wa Msimbazi|Barabara ya Haile Selassie",
        city="Kariakoo, Dar es Salaam;11101;|Mikocheni, Dar es Salaam;14112;|Kaloleni, Arusha;23101;|Mji Mkongwe, Zanzibar;71101;|Nyamagana, Mwanza;33101;",
        unit="Nyumba Na. %#|Plot Na. %##|Ghorofa ya %, Chumba %0%",
        one="{unit}, {st}, {city}|{unit}, {st}, {city} {zip}|{st}, {unit}, {city}, Tanzania",
        ml="{unit}\n{st}\n{city}|{unit}, {st}\n{city}\nTanzania",
    ),
    "ph": dict(
        st="Rizal St.|Mabini Street|Ayala Avenue|Katipunan Avenue|Magsaysay Blvd.|Quezon Avenue|Bonifacio Drive|Sampaguita St.",
        city="Brgy. San Antonio, Makati City;1203;Metro Manila|Brgy. Loyola Heights, Quezon City;1108;Metro Manila|Brgy. Lahug, Cebu City;6000;Cebu|Brgy. Poblacion, Davao City;8000;Davao del Sur|Bacoor, Cavite;4102;Cavite",
        no="%|%#|%##|%###",
        unit="Unit %@|Unit %0%|Blk % Lot %#|Rm. %0#",
        one="{unit}, {no} {st}, {city} {zip}|{no} {st}, {city}, {zip}|{unit}, {no} {st}, {city}, {reg} {zip}",
        ml="{unit}, {no} {st}\n{city}\n{reg} {zip}|{no} {st}\n{city} {zip}\nPhilippines",
    ),
    "de": dict(
        st="Lindenstraße|Hauptstraße|Bahnhofstraße|Gartenweg|Am Mühlbach|Rosenstraße|Kastanienallee|Bergstraße|Friedhofsweg|Ringstraße|Am Anger|Lessingstraße",
        city="Berlin;10###;|Hamburg;22###;|München;80###;|Köln;50###;|Leipzig;04###;|Frankfurt am Main;60###;|Stuttgart;70###;|Dresden;01###;|Bremen;28###;|Freiburg im Breisgau;79###;",
        no="%|%#|%#a|%##|%#b",
        one="{st} {no}, {zip} {city}|{st} {no}, D-{zip} {city}|{st} {no} · {zip} {city}",
        ml="{st} {no}\n{zip} {city}|{st} {no}\n{zip} {city}\nDeutschland",
    ),
    "at": dict(
        st="Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Annenstraße|Linzer Gasse|Kärntner Ring",
        city="Wien;1%%0;|Graz;80#0;|Linz;40#0;|Salzburg;50#0;|Innsbruck;6020;",
        no="%|%#",
        unit="Top %|Top %#|Stiege %/Top %#",
        one="{st} {no}/{unit}, {zip} {city}|{st} {no}, {zip} {city}|{st} {no}/{unit}, A-{zip} {city}",
        ml="{st} {no}/{unit}\n{zip} {city}|{st} {no}\n{zip} {city}\nÖsterreich",
    ),
    "ch": dict(
        st="Bahnhofstrasse|Seefeldstrasse|Rue du Rhône|Via Nassa|Marktgasse|Langstrasse",
        city="Zürich;80##;ZH|Genève;12##;GE|Lugano;69##;TI|Bern;30##;BE|Basel;40##;BS",
        no="%|%#|%#a",
        one="{st} {no}, {zip} {city}|{st} {no}, CH-{zip} {city}",
        ml="{st} {no}\n{zip} {city}|{st} {no}\nCH-{zip} {city}\nSchweiz",
    ),
    "fr": dict(
        st="rue des Lilas|avenue de la République|boulevard des Belges|rue de la Paix|impasse des Tilleuls|chemin du Moulin|place du Marché|allée des Acacias|rue Saint-Jacques|quai de la Loire",
        city="Paris;750##;|Lyon;6900%;|Marseille;130##;|Toulouse;31%00;|Nantes;44%00;|Lille;590##;|Bordeaux;33%00;|Strasbourg;67%00;",
        no="%|%#|%# bis|%##",
        unit="Bât. @|Appt %#|Esc. @, 3e étage|Résidence Les Pins, Bât. @",
        one="{no} {st}, {zip} {city}|{no}, {st} {zip} {city}|{unit}, {no} {st}, {zip} {city}",
        ml="{no} {st}\n{zip} {city}|{unit}\n{no} {st}\n{zip} {city}|{no} {st}\n{zip} {city}\nFrance",
    ),
    "be": dict(
        st="Rue de la Loi|Avenue Louise|Meir|Veldstraat|Chaussée de Waterloo|Kerkstraat|Rue Neuve",
        city="Bruxelles;10%0;|Antwerpen;20%0;|Gent;9000;|Liège;4000;|Namur;5000;|Leuven;3000;",
        no="%|%#|%##",
        unit="bte %|bus %#|boîte %#",
        one="{st} {no}, {zip} {city}|{st} {no} {unit}, {zip} {city}",
        ml="{st} {no} {unit}\n{zip} {city}|{st} {no}\n{zip} {city}\nBelgique",
    ),
    "es": dict(
        st="Calle de Alcalá|Calle Mayor|Avenida de la Constitución|Paseo de Gracia|Calle del Carmen|Plaza de España|Calle Real|Gran Vía|Calle San Vicente|Ronda de Valencia",
        city="Madrid;280##;Madrid|Barcelona;080##;Barcelona|Valencia;460##;Valencia|Sevilla;410##;Sevilla|Zaragoza;500##;Zaragoza|Bilbao;480##;Bizkaia|Málaga;290##;Málaga",
        no="%|%#|%##",
        unit="%º @|%º %ª|bajo @|ático|esc. @, %º @",
        one="{st}, {no}, {unit}, {zip} {city}|{st} {no}, {unit}, {zip} {city} ({reg})|{st}, {no} - {unit}, {zip} {city}",
        ml="{st}, {no}, {unit}\n{zip} {city}|{st} {no}\n{zip} {city} ({reg})\nEspaña",
    ),
    "mx": dict(
        st="Av. Insurgentes Sur|Calle Durango|Av. Revolución|Calle 5 de Mayo|Av. Vallarta|Calle Hidalgo|Av. Constitución|Calle Morelos",
        city="Col. Roma Norte, Cuauhtémoc;06700;CDMX|Col. Del Valle, Benito Juárez;03100;CDMX|Col. Americana, Guadalajara;44160;Jal.|Col. Centro, Monterrey;64000;N.L.|Col. Centro, Puebla;72000;Pue.",
        no="%##|%#|%###",
        unit="Int. %|Depto. %0%|Int. %@",
        one="{st} {no}, {unit}, {city}, {zip} {reg}|{st} {no}, {city}, C.P. {zip}, {reg}|{st} #{no} {unit}, {city}, {reg}, C.P. {zip}",
        ml="{st} {no}, {unit}\n{city}\nC.P. {zip}, {reg}|{st} {no}\n{city}, {zip} {reg}",
    ),
    "pt": dict(
        st="Rua das Flores|Avenida da Liberdade|Rua Augusta|Travessa do Carmo|Rua de Santa Catarina|Avenida da Boavista|Largo do Rato|Rua do Ouro",
        city="Lisboa;1%##-###;|Porto;4%##-###;|Braga;47%#-###;|Coimbra;30%#-###;|Faro;80%#-###;",
        no="%|%#|%##|%###",
        unit="%.º Esq.|%.º Dto.|r/c Esq.|%.º @",
        one="{st}, {no}, {unit}, {zip} {city}|{st} {no} {unit}, {zip} {city}|{st}, n.º {no}, {zip} {city}",
        ml="{st}, {no}, {unit}\n{zip} {city}|{st} {no}\n{zip} {city}\nPortugal",
    ),
    "br": dict(
        st="Rua Augusta|Av. Paulista|Rua das Laranjeiras|Rua XV de Novembro|Av. Afonso Pena|Rua da Consolação|Rua Oscar Freire|Av. Boa Viagem",
        city="Consolação, São Paulo;01304-###;SP|Bela Vista, São Paulo;01310-###;SP|Laranjeiras, Rio de Janeiro;22240-###;RJ|Centro, Curitiba;80020-###;PR|Funcionários, Belo Horizonte;30140-###;MG|Boa Viagem, Recife;51020-###;PE",
        no="%##|%###|%####|%#",
        unit="apto %#|apto %0%|casa %|bloco @, apto %0#|sala %0#",
        one="{st}, {no}, {unit} - {city} - {reg}, {zip}|{st}, {no} - {city}/{reg}, CEP {zip}|{st}, {no}, {unit}, {city} - {reg}, {zip}",
        ml="{st}, {no}, {unit}\n{city} - {reg}\nCEP {zip}|{st}, {no}\n{city}/{reg}\n{zip}",
    ),
    "it": dict(
        st="Via Roma|Via dei Mille|Corso Italia|Via della Repubblica|Viale dei Pini|Piazza del Popolo|Via San Francesco|Via Torino|Vicolo del Pozzo",
        city="Milano;201##;MI|Roma;001##;RM|Torino;101##;TO|Napoli;801##;NA|Bologna;401##;BO|Firenze;501##;FI|Palermo;901##;PA",
        no="%|%#|%#/@|%##",
        unit="int. %|scala @, int. %#|piano %",
        one="{st} {no}, {zip} {city} {reg}|{st}, {no} - {zip} {city} ({reg})|{st} {no}, {unit}, {zip} {city}",
        ml="{st} {no}\n{zip} {city} ({reg})|{st}, {no} {unit}\n{zip} {city} {reg}\nItalia",
    ),
    "nl": dict(
        st="Prinsengracht|Keizersgracht|Dorpsstraat|Kerkstraat|Molenweg|Stationsplein|Oudegracht|Laan van Meerdervoort|Julianalaan",
        city="Amsterdam;10%# @@;|Rotterdam;30%# @@;|Utrecht;35%# @@;|Den Haag;25%# @@;|Eindhoven;56%# @@;|Groningen;97%# @@;",
        no="%|%#|%##|%#-%|%#A|%# hs",
        one="{st} {no}, {zip} {city}|{st} {no}, {zip}  {city}|{st} {no}, NL-{zip} {city}",
        ml="{st} {no}\n{zip} {city}|{st} {no}\n{zip} {city}\nNederland",
    ),
    "pl": dict(
        st="ul. Długa|ul. Marszałkowska|ul. Kwiatowa|al. Jerozolimskie|ul. Lipowa|ul. Polna|ul. Ogrodowa|os. Słoneczne|ul. Floriańska",
        city="Warszawa;0%-###;|Kraków;3%-###;|Wrocław;5%-###;|Gdańsk;80-###;|Poznań;6%-###;|Łódź;9%-###;|Lublin;20-###;",
        no="%|%#|%##|%#@",
        unit="%|%#",
        one="{st} {no}/{unit}, {zip} {city}|{st} {no} m. {unit}, {zip} {city}|{st} {no}, {zip} {city}",
        ml="{st} {no}/{unit}\n{zip} {city}|{st} {no}\n{zip} {city}\nPolska",
    ),
    "cz": dict(
        st="Vinohradská|Na Příkopě|Dlouhá|Nádražní|Sokolská|U Lesa|Lidická|Polní",
        city="Praha 2;120 00;|Praha 10;100 00;|Brno;602 00;|Ostrava;702 00;|Plzeň;301 00;|Olomouc;779 00;",
        no="%#|%##/%#|%###/%|%#/%",
        one="{st} {no}, {zip} {city}|{st} {no}, {city}, {zip}|{st} {no}, CZ-{zip} {city}",
        ml="{st} {no}\n{zip} {city}|{st} {no}\n{zip} {city}\nČeská republika",
    ),
    "sk": dict(
        st="Obchodná|Hlavná|Mlynská|Záhradnícka|Nám. SNP|Školská|Dlhá|Kvetná",
        city="Bratislava;811 0%;|Košice;040 01;|Žilina;010 01;|Nitra;949 01;|Banská Bystrica;974 01;|Prešov;080 01;",
        no="%|%#|%##|%###/%#",
        one="{st} {no}, {zip} {city}|{st} {no}, {city} {zip}",
        ml="{st} {no}\n{zip} {city}|{st} {no}\n{zip} {city}\nSlovensko",
    ),
    "ro": dict(
        st="Str. Victoriei|Bd. Unirii|Str. Florilor|Calea Moșilor|Str. Republicii|Bd. Eroilor|Aleea Teilor|Str. Zorilor",
        city="București, Sector 3;0303##;|Cluj-Napoca;4000##;|Iași;7000##;|Timișoara;3000##;|Brașov;5000##;|Constanța;9000##;",
        no="%|%#|%##",
        unit="bl. @%, sc. %, ap. %#|ap. %#|bl. %#, ap. %",
        one="{st} nr. {no}, {unit}, {zip} {city}|{st} nr. {no}, {city}, {zip}|{st} {no}, {unit}, {city}",
        ml="{st} nr. {no}, {unit}\n{zip} {city}|{st} nr. {no}\n{city} {zip}\nRomânia",
    ),
    "hu": dict(
        st="Váci utca|Andrássy út|Fő utca|Petőfi Sándor utca|Kossuth Lajos tér|Rákóczi út|Béke utca|Szent István körút",
        city="Budapest;1%#%;|Debrecen;40##;|Szeged;67##;|Pécs;76##;|Győr;90##;|Miskolc;35##;",
        no="%.|%#.|%##.|%#/@",
        unit="II. em. %.|fszt. %.|%. em. %#.|III. lph. %. em. %#.",
        one="{zip} {city}, {st} {no}|{zip} {city}, {st} {no} {unit}|{city}, {st} {no} {unit}, {zip}",
        ml="{city}\n{st} {no} {unit}\n{zip}|{zip} {city}\n{st} {no}",
    ),
    "se": dict(
        st="Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Järnvägsgatan|Skolgatan|Ringvägen|Björkvägen",
        city="Stockholm;11% ##;|Göteborg;41% ##;|Malmö;21% ##;|Uppsala;75% ##;|Västerås;72% ##;|Umeå;90% ##;",
        no="%|%#|%#A|%##",
        unit="lgh 1%0#|lgh %%0%",
        one="{st} {no}, {zip} {city}|{st} {no}, {unit}, {zip} {city}|{st} {no}, SE-{zip} {city}",
        ml="{st} {no}\n{zip} {city}|{st} {no}, {unit}\n{zip} {city}\nSverige",
    ),
    "no": dict(
        st="Storgata|Kirkeveien|Bygdøy allé|Thorvald Meyers gate|Parkveien|Strandgaten|Markveien|Sognsveien",
        city="Oslo;0%##;|Bergen;50##;|Trondheim;70##;|Stavanger;40##;|Tromsø;90##;",
        no="%|%#|%#B|%##",
        unit="H0%0%|leil. %#",
        one="{st} {no}, {zip} {city}|{st} {no}, {unit}, {zip} {city}",
        ml="{st} {no}\n{zip} {city}|{st} {no} {unit}\n{zip} {city}\nNorge",
    ),
    "dk": dict(
        st="Nørregade|Vesterbrogade|Østergade|Strandvejen|Søndergade|Jernbanegade|Rosenvængets Allé|Åboulevard",
        city="København K;1%##;|København Ø;2100;|Aarhus C;8000;|Odense C;5000;|Aalborg;9000;|Frederiksberg C;1%##;",
        no="%|%#|%#A|%##",
        unit="st. tv.|1. th.|2. tv.|%. mf.|3. sal",
        one="{st} {no}, {unit}, {zip} {city}|{st} {no}, {zip} {city}|{st} {no} {unit}, DK-{zip} {city}",
        ml="{st} {no}, {unit}\n{zip} {city}|{st} {no}\n{zip} {city}\nDanmark",
    ),
    "fi": dict(
        st="Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Kauppakatu|Koulukatu|Rantatie|Puistokatu|Koivukuja",
        city="Helsinki;00%#0;|Tampere;33%#0;|Turku;20%#0;|Oulu;90%#0;|Espoo;02%#0;|Jyväskylä;40%#0;",
        no="%|%#|%# @ %#|%# @",
        unit="as. %#|@ %#",
        one="{st} {no}, {zip} {city}|{st} {no} {unit}, {zip} {city}|{st} {no}, FI-{zip} {city}",
        ml="{st} {no}\n{zip} {city}|{st} {no} {unit}\n{zip} {city}\nSuomi",
    ),
    "ee": dict(
        st="Tartu mnt|Narva mnt|Pärnu mnt|Pikk|Vana-Viru|Rüütli|Kalevi|Riia",
        city="Tallinn;10%##;|Tartu;5%###;|Pärnu;80%##;|Narva;20%##;",
        no="%|%#|%#-%#|%#a",
        one="{st} {no}, {zip} {city}|{st} {no}, {city} {zip}",
        ml="{st} {no}\n{zip} {city}|{st} {no}\n{city} {zip}\nEesti",
    ),
    "lt": dict(
        st="Gedimino pr.|Vilniaus g.|Laisvės al.|Pilies g.|Savanorių pr.|Taikos pr.|Žalgirio g.|Liepų g.",
        city="Vilnius;LT-0%###;|Kaunas;LT-4%###;|Klaipėda;LT-9%###;|Šiauliai;LT-7%###;",
        no="%|%#|%#-%#|%#A-%",
        one="{st} {no}, {zip} {city}|{st} {no}, {city} {zip}|{st} {no}, {city}, {zip}",
        ml="{st} {no}\n{zip} {city}|{st} {no}\n{city}\n{zip}\nLietuva",
    ),
    "tr": dict(
        st="Bağdat Cad.|İstiklal Cad.|Cumhuriyet Mah. Gül Sok.|Moda Cad.|Kızılay Mah. Menekşe Sok.|Alsancak Mah. Kıbrıs Şehitleri Cad.|Barbaros Bulvarı",
        city="Kadıköy/İstanbul;347##;|Beyoğlu/İstanbul;344##;|Çankaya/Ankara;06###;|Konak/İzmir;35###;|Nilüfer/Bursa;16###;|Muratpaşa/Antalya;07###;",
        no="%|%#|%##",
        unit="D: %|D: %#|Kat: % D: %",
        one="{st} No: {no} {unit} {city}|{st} No: {no}, {unit}, {zip} {city}",
        ml="{st} No: {no} {unit}\n{zip} {city}|{st} No: {no}\n{unit}\n{zip} {city}\nTürkiye",
    ),
    "gr": dict(
        st="Οδός Ερμού|Λεωφόρος Αλεξάνδρας|Πατησίων|Αγίου Δημητρίου|Τσιμισκή|Ακαδημίας|Σόλωνος",
        city="Αθήνα;10% ##;|Θεσσαλονίκη;54% ##;|Πάτρα;26% ##;|Ηράκλειο;71% ##;|Πειραιάς;18% ##;",
        no="%|%#|%##",
        one="{st} {no}, {zip} {city}|{st} {no}, {city} {zip}|{st} {no}, Τ.Κ. {zip}, {city}",
        ml="{st} {no}\n{zip} {city}|{st} {no}\n{zip} {city}\nΕλλάδα",
    ),
    "ru": dict(
        st="ул. Садовая|ул. Мира|пр-т Победы|ул. Центральная|ул. Школьная|Ленинградский пр-т|ул. Лесная|наб. реки Фонтанки",
        city="г. Москва;1%####;|г. Санкт-Петербург;19####;|г. Казань;420###;|г. Новосибирск;630###;|г. Екатеринбург;620###;|г. Нижний Новгород;603###;",
        no="д. %|д. %#|д. %#, корп. %|д. %##",
        unit="кв. %|кв. %#|кв. %##",
        one="{st}, {no}, {unit}, {city}, {zip}|{zip}, {city}, {st}, {no}, {unit}|{city}, {st}, {no}, {unit}",
        ml="{zip}, {city},\n{st}, {no}, {unit}|{st}, {no}, {unit}\n{city}\n{zip}",
    ),
    "ua": dict(
        st="вул. Хрещатик|вул. Соборна|просп. Перемоги|вул. Садова|вул. Героїв Майдану|вул. Городоцька|вул. Зелена",
        city="м. Київ;0####;|м. Львів;79###;|м. Харків;61###;|м. Одеса;65###;|м. Дніпро;49###;|м. Вінниця;21###;",
        no="%|%#|%#а|%##",
        unit="кв. %|кв. %#|кв. %##",
        one="{st}, {no}, {unit}, {city}, {zip}|{zip}, {city}, {st}, буд. {no}, {unit}|{st}, {no}, {city}",
        ml="{st}, {no}, {unit}\n{city}\n{zip}|{zip}\n{city}, {st}, {no}, {unit}",
    ),
    "rs": dict(
        st="Кнез Михаилова|Булевар ослобођења|Немањина|Цара Душана|Његошева|Косовска|Булевар Михајла Пупина",
        city="Београд;11000;|Нови Сад;21000;|Ниш;18000;|Крагујевац;34000;|Суботица;24000;",
        no="%|%#|%#а|%##",
        unit="%|%#",
        one="{st} {no}, {zip} {city}|{st} {no}/{unit}, {zip} {city}|{st} бр. {no}, {city} {zip}",
        ml="{st} {no}/{unit}\n{zip} {city}|{st} {no}\n{zip} {city}\nСрбија",
    ),
    "hr": dict(
        st="Ilica|Vukovarska ulica|Savska cesta|Ulica kralja Zvonimira|Riva|Marmontova|Ulica Matice hrvatske|Frankopanska",
        city="Zagreb;10000;|Split;21000;|Rijeka;51000;|Osijek;31000;|Zadar;23000;|Pula;52100;",
        no="%|%#|%#a|%##",
        unit="%|%#",
        one="{st} {no}, {zip} {city}|{st} {no}/{unit}, {zip} {city}|{st} {no}, HR-{zip} {city}",
        ml="{st} {no}\n{zip} {city}|{st} {no}/{unit}\n{zip} {city}\nHrvatska",
    ),
    "sa": dict(
        st="شارع التحلية|طريق الملك فهد|حي النخيل، شارع الورود|حي الملقا، شارع أبي بكر|شارع العليا|حي الروضة، شارع الأمير ماجد",
        city="الرياض;1####;|جدة;2####;|الدمام;3####;|مكة المكرمة;2####;|المدينة المنورة;4####;",
        unit="مبنى %#|شقة %#|فيلا %#|مبنى %###، الرقم الإضافي %###",
        one="{unit}، {st}، {city} {zip}|{st}، {unit}، {city}، المملكة العربية السعودية|{unit}، {st}، {city} {zip}، السعودية",
        ml="{unit}، {st}\n{city} {zip}\nالمملكة العربية السعودية|{st}، {unit}\n{city} {zip}",
    ),
    "eg": dict(
        st="شارع التحرير|شارع قصر النيل|شارع الهرم|شارع جامعة الدول العربية|شارع البحر الأعظم|شارع النزهة",
        city="القاهرة;11###;|الجيزة;12###;|الإسكندرية;21###;|المنصورة;35###;",
        no="%|%#|%##",
        unit="شقة %|شقة %#، الدور %|عمارة %#",
        one="{no} {st}، {unit}، {city}|{unit}، {no} {st}، {city} {zip}|{no} {st}، {city}، مصر",
        ml="{no} {st}، {unit}\n{city} {zip}\nمصر|{unit}\n{no} {st}\n{city}",
    ),
    "ae": dict(
        st="Street 4, Al Barsha 2|Al Wasl Road|Jumeirah Beach Road|Corniche Road|Al Khaleej Street|Hamdan Street|Al Nahda Road",
        city="Dubai;;|Abu Dhabi;;|Sharjah;;",
        unit="Villa %#|Apt %0#, Marina Heights|Flat %0#, Building %#|Office %0%",
        one="{unit}, {st}, {city}|{unit}, {st}, {city}, UAE",
        ml="{unit}\n{st}\n{city}, United Arab Emirates|{unit}, {st}\n{city}",
    ),
    "ir": dict(
        st="خیابان ولیعصر|خیابان انقلاب|بلوار کشاورز|خیابان آزادی|بلوار میرداماد|خیابان بهار",
        city="تهران;1####-#####;|اصفهان;81###-#####;|شیراز;71###-#####;|مشهد;91###-#####;|تبریز;51###-#####;",
        unit="کوچه %#، پلاک %#، واحد %|پلاک %#، طبقه %|کوچه لاله، پلاک %#",
        one="{city}، {st}، {unit}، کد پستی {zip}|{city}، {st}، {unit}|{st}، {unit}، {city} {zip}",
        ml="{city}، {st}\n{unit}\nکد پستی: {zip}|{city}\n{st}، {unit}",
    ),
    "il": dict(
        st="רחוב הנביאים|שדרות ירושלים|רחוב יפו|רחוב הגפן|רחוב הזית|רחוב האלון|רחוב הברוש",
        city="תל אביב-יפו;6#####%;|ירושלים;9#####%;|חיפה;3#####%;|באר שבע;8#####%;|רמת גן;52#####;",
        no="%|%#|%##",
        unit="דירה %|דירה %#|קומה %, דירה %#",
        one="{st} {no}, {unit}, {city} {zip}|{st} {no}, {city}|{st} {no} {unit}, {city}, {zip}",
        ml="{st} {no}, {unit}\n{city} {zip}|{st} {no}\n{city}\nישראל",
    ),
    "id": dict(
        st="Jl. Merdeka|Jl. Kebon Jeruk|Jl. Melati|Gg. Mawar|Jl. Raya Bogor|Jl. Cempaka Putih|Jl. Pahlawan",
        city="Bandung;401##;Jawa Barat|Jakarta Selatan;121##;DKI Jakarta|Surabaya;602##;Jawa Timur|Yogyakarta;552##;DI Yogyakarta|Medan;201##;Sumatera Utara|Denpasar;801##;Bali",
        no="No. %|No. %#|No. %#A|No. %##",
        unit="RT 0%/RW 0%|RT 00%/RW 00%|Blok @%",
        one="{st} {no}, {unit}, {city} {zip}|{st} {no}, {unit}, Kel. Sukajadi, {city}, {reg} {zip}|{st} {no}, {city} {zip}",
        ml="{st} {no}, {unit}\n{city} {zip}\n{reg}|{st} {no}\n{unit}\n{city}, {reg} {zip}",
    ),
    "vn": dict(
        st="phố Hàng Bạc|đường Lê Lợi|ngõ 45 phố Huế|đường Điện Biên Phủ|hẻm 12 đường Cách Mạng Tháng Tám|đường số 7|phố Hàng Gai",
        city="Hoàn Kiếm, Hà Nội;100000;|Quận 1, TP. Hồ Chí Minh;700000;|Hải Châu, Đà Nẵng;550000;|Ninh Kiều, Cần Thơ;900000;|Ba Đình, Hà Nội;100000;",
        no="Số %|Số %#|Số %#/%|%#|%##",
        unit="Phòng %0#|Căn hộ @%-%#|Tầng %",
        one="{no} {st}, {city}|{no} {st}, {unit}, {city}|{unit}, {no} {st}, {city}",
        ml="{no} {st}\n{city}|{unit}, {no} {st}\n{city}\nViệt Nam",
    ),
    "th": dict(
        st="ถนนสุขุมวิท|ถนนพหลโยธิน|ถนนสีลม|ถนนนิมมานเหมินท์|ถนนเพชรบุรี|ถนนลาดพร้าว",
        city="แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ;10110;|แขวงสีลม เขตบางรัก กรุงเทพมหานคร;10500;|ตำบลสุเทพ อำเภอเมือง เชียงใหม่;50200;|แขวงจตุจักร เขตจตุจักร กรุงเทพฯ;10900;|ตำบลหนองปรือ อำเภอบางละมุง ชลบุรี;20150;",
        no="%#/%#|%##/%|%#",
        unit="ซอย %#|ซอย %|หมู่บ้านสุขใจ ซอย %",
        one="{no} {unit} {st} {city} {zip}|{no} {st} {unit} {city} {zip}|เลขที่ {no} {unit} {st} {city} {zip}",
        ml="{no} {unit} {st}\n{city} {zip}|เลขที่ {no} {st}\n{city}\n{zip}",
    ),
    "cn": dict(
        st="建国路|人民路|解放路|南京东路|世纪大道|淮海中路|科技园路|长江路",
        city="北京市朝阳区;1000##;|上海市浦东新区;2001##;|广州市天河区;5106##;|深圳市南山区;5180##;|杭州市西湖区;3100##;|成都市武侯区;6100##;",
        no="%#号|%##号|%号",
        unit="%号楼%单元%0%室|%#栋%0%|%#号院%号楼%0#室|%楼",
        one="{city}{st}{no}{unit}|{city}{st}{no}{unit}，邮编{zip}|{zip} {city}{st}{no}{unit}",
        ml="{city}{st}{no}\n{unit}|{city}\n{st}{no}{unit}",
    ),
    "jp": dict(
        st="渋谷2丁目|新宿3丁目|本町1丁目|梅田1丁目|栄3丁目|大通西4丁目|天神2丁目",
        city="東京都渋谷区;〒150-00%#;|東京都新宿区;〒160-00%#;|大阪府大阪市北区;〒530-00%#;|愛知県名古屋市中区;〒460-00%#;|北海道札幌市中央区;〒060-00%#;|福岡県福岡市中央区;〒810-00%#;",
        no="%-%#|%#-%|%-%-%#",
        unit="メゾン桜%0%号室|サンハイツ%0%|コーポ山田 %0%号|グランドメゾン%0#",
        one="{zip} {city}{st}{no} {unit}|{city}{st}{no}{unit}|{zip}　{city}{st}{no}　{unit}",
        ml="{zip}\n{city}{st}{no}\n{unit}|{city}{st}{no}\n{unit}",
    ),
    "kr": dict(
        st="테헤란로|월드컵북로|강남대로|해운대로|중앙대로|올림픽로|도산대로",
        city="서울특별시 강남구;06###;|서울시 마포구;03###;|부산광역시 해운대구;48###;|인천광역시 연수구;21###;|대전광역시 유성구;34###;|경기도 성남시 분당구;13###;",
        no="%#|%##|%###|%#-%",
        unit="%0%동 %#0%호|%#층|%동 %0%호|%0%호",
        one="{city} {st} {no}, {unit}|{city} {st} {no} {unit}|({zip}) {city} {st} {no}, {unit}",
        ml="({zip}) {city} {st} {no}\n{unit}|{city} {st} {no}\n{unit}\n{zip}",
    ),
    "et": dict(
        st="ቦሌ ክፍለ ከተማ፣ ወረዳ 03|ቂርቆስ ክፍለ ከተማ፣ ወረዳ 08|የካ ክፍለ ከተማ፣ ወረዳ 11|አራዳ ክፍለ ከተማ፣ ወረዳ 01|ልደታ ክፍለ ከተማ፣ ወረዳ 05",
        city="አዲስ አበባ;;|ባሕር ዳር;;|ሀዋሳ;;|ጎንደር;;",
        no="%###|%##|%#",
        one="{city}፣ {st}፣ የቤት ቁጥር {no}|{st}፣ የቤት ቁጥር {no}፣ {city}|{city}፣ {st}፣ ቤ.ቁ. {no}",
        ml="{st}\nየቤት ቁጥር {no}\n{city}፣ ኢትዮጵያ|{city}\n{st}፣ የቤት ቁጥር {no}",
    ),
}

# ---------------------------------------------------------------------------
# Driver's licence and passport number shapes ('#' digit, '%' non-zero digit,
# '@' capital letter, '*' capital or digit).

DL_FORMATS = {
    "us": "@#######|### ### ###|########|@###-###-##-###-#|@###-####-####|@ ### ### ### ###|@#### ##### #####|WDL*********|@##-##-####",
    "gb": "@@@@@%#####@@9@@",
    "ie": "#########|###-###-###",
    "ca": "@####-#####-#####|#######|@###-######-##",
    "au": "########|#########|@#######",
    "in": "MH%# 20%#0######|KA0% 20%#0######|TN%# 20%#0######|DL-0%20%#0######|UP%# 20%#0######",
    "ng": "@@@#####@@##|@@@-#####@@##",
    "ke": "@@#######|DL-#######",
    "tz": "##########|4#########",
    "ph": "@##-##-######",
    "de": "@##******#*|%##******#*",
    "at": "########",
    "ch": "@@@######",
    "fr": "############|##@@#####",
    "be": "##########",
    "mx": "@###########|###########",
    "pt": "@@-###### #|@-#######",
    "br": "###########",
    "it": "@@#######@|U1@#####@@",
    "nl": "##########|%#########",
    "pl": "#####/##/####",
    "cz": "@@ ######|@@######",
    "sk": "@@######",
    "ro": "#########",
    "hu": "@@######",
    "se": "########",
    "no": "### ## ######",
    "dk": "########",
    "fi": "#########",
    "ee": "@@######",
    "lt": "#######",
    "tr": "######|%#####",
    "gr": "#########",
    "ru": "## ## ######|%#%# ######",
    "ua": "ВХА ######|АВС######|ЕХА ######",
    "rs": "#########",
    "hr": "########",
    "sa": "##########",
    "ae": "#######|########",
    "eg": "########",
    "ir": "##########",
    "il": "#######|########",
    "id": "############|####-####-######",
    "vn": "############|%#########",
    "th": "########|@@ ######",
    "cn": "############",
    "jp": "############",
    "kr": "##-##-######-##|%#-%#-######-%#",
    "et": "######|0#####",
}
PASSPORT_FORMATS = {
    "us": "#########|A########",
    "gb": "#########|%########",
    "ie": "@@#######",
    "ca": "@@######",
    "au": "@@#######|@#######",
    "in": "@#######",
    "ng": "@########",
    "ke": "@@#######|@#######",
    "tz": "@@######",
    "ph": "P#######@",
    "de": "C01X00T47",
    "at": "@#######",
    "ch": "@#######",
    "fr": "##@@#####",
    "be": "@@######",
    "es": "@@@######|@@######",
    "mx": "@########|G########",
    "pt": "@@######|P######",
    "br": "@@######",
    "it": "@@#######|YA#######|YB#######",
    "nl": "@@******#",
    "pl": "@@#######|E@#######",
    "cz": "########|%#######",
    "sk": "@@#######",
    "ro": "########|%#######",
    "hu": "@@#######|@@######",
    "se": "########|%#######",
    "no": "@@#######",
    "dk": "#########|%########",
    "fi": "@@#######|XP#######",
    "ee": "@@#######|K########",
    "lt": "########|%#######",
    "tr": "U########|S########|@########",
    "gr": "@@#######",
    "ru": "%# #######|7% #######|%# %# ######",
    "ua": "@@######|FA######|FB######",
    "rs": "########|0########",
    "hr": "#########|%########",
    "sa": "@#######",
    "ae": "@#######|%########",
    "eg": "@########|A########",
    "ir": "@########|K########",
    "il": "########|%#######",
    "id": "@#######|B #######",
    "vn": "@#######|C#######|B#######",
    "th": "@@#######",
    "cn": "E########|E@#######|G########",
    "jp": "@@#######|TK#######|TR#######",
    "kr": "M###@####|M########",
    "et": "EP#######|@@#######",
}

# currency: (symbol, position pre/pre_/post/postn, thousands+decimal separators, decimals?)
CURRENCY = {
    "us": ("$", "pre", ",.", True),
    "gb": ("£", "pre", ",.", True),
    "ie": ("€", "pre", ",.", True),
    "ca": ("$", "pre", ",.", True),
    "au": ("A$", "pre", ",.", True),
    "in": ("₹", "pre", ",.", True),
    "ng": ("₦", "pre", ",.", True),
    "ke": ("KSh", "pre_", ",.", True),
    "tz": ("TSh", "pre_", ",.", False),
    "ph": ("₱", "pre", ",.", True),
    "de": ("€", "post", ".,", True),
    "at": ("€", "post", ".,", True),
    "ch": ("CHF", "pre_", "'.", True),
    "fr": ("€", "post", " ,", True),
    "be": ("€", "post", ".,", True),
    "es": ("€", "post", ".,", True),
    "mx": ("$", "pre", ",.", True),
    "pt": ("€", "post", " ,", True),
    "br": ("R$", "pre_", ".,", True),
    "it": ("€", "post", ".,", True),
    "nl": ("€", "pre_", ".,", True),
    "pl": ("zł", "post", " ,", True),
    "cz": ("Kč", "post", " ,", True),
    "sk": ("€", "post", " ,", True),
    "ro": ("lei", "post", ".,", True),
    "hu": ("Ft", "post", " ,", False),
    "se": ("kr", "post", " ,", True),
    "no": ("kr", "post", " ,", True),
    "dk": ("kr.", "post", ".,", True),
    "fi": ("€", "post", " ,", True),
    "ee": ("€", "post", " ,", True),
    "lt": ("€", "post", " ,", True),
    "tr": ("TL", "post", ".,", True),
    "gr": ("€", "post", ".,", True),
    "ru": ("₽", "post", " ,", True),
    "ua": ("грн", "post", " ,", True),
    "rs": ("дин.", "post", ".,", True),
    "hr": ("€", "post", ".,", True),
    "sa": ("ر.س", "post", ",.", True),
    "ae": ("AED", "pre_", ",.", True),
    "eg": ("ج.م", "post", ",.", True),
    "ir": ("تومان", "post", ",.", False),
    "il": ("₪", "pre", ",.", True),
    "id": ("Rp", "pre_", ".,", False),
    "vn": ("₫", "postn", ".,", False),
    "th": ("บาท", "post", ",.", True),
    "cn": ("¥", "pre", ",.", True),
    "jp": ("円", "postn", ",.", False),
    "kr": ("원", "postn", ",.", False),
    "et": ("ብር", "post", ",.", True),
}

# ---------------------------------------------------------------------------
# E-mail domains, look-alikes and other unlabeled fillers

FREE_MAIL = {
    "default": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "es": ["hotmail.es", "yahoo.es", "telefonica.net", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com"],
    "br": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"],
    "it": ["libero.it", "virgilio.it", "alice.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz"],
    "sk": ["azet.sk", "zoznam.sk", "centrum.sk"],
    "ro": ["yahoo.ro", "gmail.com"],
    "hu": ["freemail.hu", "citromail.hu", "gmail.com"],
    "sv": ["telia.com", "bredband.net", "hotmail.se"],
    "no": ["online.no", "hotmail.no", "gmail.com"],
    "da": ["mail.dk", "jubii.dk", "hotmail.dk"],
    "fi": ["kolumbus.fi", "luukku.com", "gmail.com"],
    "et": ["hot.ee", "mail.ee"],
    "lt": ["inbox.lt", "one.lt"],
    "tr": ["hotmail.com.tr", "yandex.com.tr", "gmail.com"],
    "el": ["otenet.gr", "yahoo.gr", "gmail.com"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"],
    "uk": ["ukr.net", "i.ua", "meta.ua"],
    "sr": ["gmail.com", "eunet.rs", "yahoo.com"],
    "hr": ["net.hr", "gmail.com", "t-com.hr"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com"],
    "fa": ["gmail.com", "yahoo.com", "chmail.ir"],
    "he": ["walla.co.il", "gmail.com", "012.net.il"],
    "in": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "id": ["yahoo.co.id", "gmail.com"],
    "tl": ["yahoo.com.ph", "gmail.com"],
    "vi": ["yahoo.com.vn", "gmail.com"],
    "th": ["hotmail.co.th", "gmail.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "gmail.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net"],
}
WORK_DOMAINS = {
    "en": [
        "riversidegeneral.org",
        "calderfinch.law",
        "northgate-logistics.com",
        "maplegrove-schools.org",
        "firstharborbank.com",
        "brightloop.io",
        "hotelaurelia.com",
        "westbrook.gov",
        "openhands-relief.org",
        "kettleandcrumb.shop",
        "talentbridge.co.uk",
        "clearvoice-cc.com",
        "corp.example.com",
    ],
    "de": [
        "klinikum-nordstadt.de",
        "kanzlei-lehner.de",
        "spedition-elbtal.de",
        "stadt-musterhausen.de",
        "hausverwaltung-nord.at",
    ],
    "fr": [
        "avocats-lyon-conseil.fr",
        "clinique-des-lilas.fr",
        "mairie-exemple.fr",
        "transports-vallee.fr",
    ],
    "es": ["transportes-iberica.es", "clinica-levante.es", "gestoria-norte.es", "ayto-ejemplo.es"],
    "pt": ["clinica-atlantico.pt", "logistica-norte.com.br", "escritorio-lima.com.br"],
    "it": ["studiolegale-milano.it", "ospedale-esempio.it", "comune-esempio.it"],
    "nl": ["zorgpunt.nl", "gemeente-voorbeeld.nl", "transport-delta.nl"],
    "pl": ["spedycja-wisla.pl", "kancelaria-nowa.pl", "szpital-przyklad.pl"],
    "cs": ["nemocnice-priklad.cz", "logistika-morava.cz"],
    "sk": ["firma-priklad.sk", "nemocnica-sever.sk"],
    "ro": ["clinica-exemplu.ro", "transport-carpati.ro"],
    "hu": ["korhaz-pelda.hu", "szallitmanyozas.hu"],
    "sv": ["skolverket-demo.se", "vardcentral-exempel.se"],
    "no": ["helsepartner.no", "kommune-eksempel.no"],
    "da": ["logistik-nord.dk", "kommune-eksempel.dk"],
    "fi": ["kauppa-pro.fi", "sairaala-esimerkki.fi"],
    "et": ["hotel-baltic.ee", "vald-naide.ee"],
    "lt": ["logistika-baltija.lt", "klinika-pavyzdys.lt"],
    "tr": ["sirket-lojistik.com.tr", "hastane-ornek.com.tr"],
    "el": ["clinic-athens.gr", "dimos-paradeigma.gr"],
    "ru": ["bank-filial.ru", "klinika-primer.ru"],
    "uk": ["rada-mista.gov.ua", "likarnia-pryklad.com.ua"],
    "sr": ["bolnica-primer.rs", "logistika-dunav.rs"],
    "hr": ["bolnica-zagreb.hr", "grad-primjer.hr"],
    "ar": ["alnoor-hospital.sa", "gulf-logistics.ae", "cairo-legal.com.eg"],
    "fa": ["bimarestan-nemone.ir", "sherkat-haml.ir"],
    "he": ["clinic-example.co.il", "iria-dugma.org.il"],
    "hi": ["aarogya-hospital.in", "shiksha-school.in"],
    "ta": ["chennai-clinic.in", "kovai-logistics.in"],
    "id": ["rs-contoh.co.id", "logistik-nusantara.co.id"],
    "tl": ["ospital-halimbawa.ph", "bpo-manila.com.ph"],
    "vi": ["benhvien-mau.vn", "congty-vanchuyen.vn"],
    "th": ["rongphayaban.co.th", "bangkok-hotel.co.th"],
    "zh": ["yiyuan-shili.cn", "wuliu-gongsi.com.cn"],
    "ja": ["byoin-rei.jp", "butsuryu-rei.co.jp"],
    "ko": ["byeongwon-ye.kr", "mulryu-ye.co.kr"],
    "sw": ["hospitali-mfano.co.ke", "usafirishaji.co.tz"],
    "am": ["addis-clinic.et", "habesha-logistics.et"],
}
ORG_LOOKALIKES = [
    "Dell",
    "Ford",
    "Wendy's",
    "Morgan Stanley",
    "Johnson & Johnson",
    "Jenkins",
    "Julia",
    "Ruby",
    "Ben & Jerry's",
    "Marriott",
    "Hilton",
    "Wells Fargo",
    "Goldman Sachs",
    "Charles Schwab",
    "Ernst & Young",
    "Deloitte",
    "McKinsey",
    "Philips",
    "Siemens",
    "Bosch",
    "Porsche",
    "Ferrari",
    "Mercedes-Benz",
    "Tesla",
    "Disney",
    "McDonald's",
    "Kellogg's",
    "Heinz",
    "Dr Pepper",
    "Jack Daniel's",
    "Johnnie Walker",
    "Abbott",
    "Eli Lilly",
    "Walgreens",
    "Trader Joe's",
    "Macy's",
    "Nordstrom",
    "Kohl's",
    "Harley-Davidson",
    "Procter & Gamble",
    "Marks & Spencer",
    "Sainsbury's",
    "Lloyds",
    "Barclays",
    "Santander",
    "Peugeot",
    "Citroën",
    "Louis Vuitton",
    "Chanel",
    "Dior",
    "Lacoste",
    "Michelin",
    "Maserati",
    "Benetton",
    "Prada",
    "Gucci",
    "Armani",
    "Dolce & Gabbana",
    "Nestlé",
    "Lindt",
    "Dr. Oetker",
    "Miele",
    "Braun",
    "Hugo Boss",
    "Aldi",
    "Albert Heijn",
    "Volvo",
    "Ericsson",
    "Hyundai",
    "Toyota",
    "Honda",
    "Suzuki",
    "Yamaha",
    "Alexa",
    "Siri",
    "Cortana",
    "Django",
    "Flask",
    "Jupyter",
    "Kafka",
    "Cassandra",
    "Ansible",
    "Pascal",
    "Grafana",
    "Sentry",
    "Arby's",
    "Denny's",
    "Domino's",
    "Papa John's",
    "Casper",
    "Wayfair",
    "Chase",
    "Grant Thornton",
    "Jenkins X",
    "Hugo",
    "Ada",
    "Ruby on Rails",
    "Tommy Hilfiger",
    "Ralph Lauren",
    "Calvin Klein",
]
PLACE_LOOKALIKES = [
    "Victoria Station",
    "Lincoln Center",
    "King's Cross",
    "Charing Cross",
    "Madison Square Garden",
    "Washington Heights",
    "Jackson Heights",
    "Mount Vernon",
    "St. Helens",
    "Port Elizabeth",
    "Alexandria",
    "Florence",
    "Austin",
    "Charlotte",
    "Adelaide",
    "Georgetown",
    "Santa Clara",
    "San José",
    "Saint-Denis",
    "Fort William",
    "the Elizabeth line",
    "Kingston",
    "Hamilton",
    "Wellington",
    "Darwin",
    "Regent Street",
    "Baker Street",
    "George Street",
    "Jackson Street",
    "Abbey Road",
    "Penny Lane",
    "Camden",
    "St. Albans",
    "Salisbury",
    "Chelsea",
    "Lourdes",
    "Victoria",
    "Sydney",
    "Elizabeth",
    "Lafayette",
    "Troy",
]
HOSPITALS = [
    "St. Mary's Hospital",
    "St. Thomas' Hospital",
    "Guy's Hospital",
    "Mount Sinai",
    "Johns Hopkins",
    "Cedars-Sinai",
    "St. Jude",
    "Addenbrooke's",
    "St. Vincent's",
    "St. Luke's Medical Center",
    "Royal Victoria Infirmary",
    "Great Ormond Street",
    "Hôpital Saint-Louis",
    "Klinikum St. Georg",
    "Ospedale San Raffaele",
    "Hospital San Juan de Dios",
    "Hospital de Santa Maria",
    "Karolinska",
    "St. Olavs hospital",
    "Aga Khan Hospital",
    "Kenyatta National Hospital",
    "St. Joseph's",
    "Mercy Hospital",
    "Good Samaritan",
    "St. Anne's Clinic",
    "Sheba Medical Center",
]
PLACEHOLDERS = [
    "<NAME>",
    "[REDACTED]",
    "{{first_name}}",
    "{{customer.full_name}}",
    "[Patient Name]",
    "<PERSON>",
    "%FIRSTNAME%",
    "$CUSTOMER_NAME",
    "[NAME REMOVED]",
    "***",
    "<redacted>",
    "{name}",
    "${user.displayName}",
    "<<Tenant Name>>",
    "[Employee Name]",
    "{{ agent_name }}",
    "XXXXXXX",
    "[CANDIDATE]",
    "{{recipient}}",
    "<FULL_NAME>",
]
HANDLES = [
    "jsmith88",
    "dkim",
    "admin",
    "svc_backup",
    "ops-bot",
    "root",
    "deploy",
    "kbuilder",
    "m.rossi_dev",
    "anna_k",
    "helpdesk01",
    "nightowl_77",
    "pixelpusher",
    "qa-runner",
    "sysop",
    "bigbird42",
    "svc-llm-gw",
    "ci-bot",
    "frontdesk3",
    "dispatch2",
    "teller07",
    "recruit_ops",
    "coolcat",
    "tomcat",
    "jenkins",
    "postgres",
    "ubuntu",
    "ec2-user",
    "marketing-intern",
    "it.support",
]
HANDLE_PATTERNS = [
    "user%###",
    "agent_%##",
    "emp%####",
    "u%#####",
    "guest%#",
    "tech%#",
    "nurse_station_%",
    "cc-agent-%##",
]
MODELS = [
    "gpt-4o",
    "gpt-4o-mini",
    "gpt-4.1",
    "gpt-4.1-mini",
    "o3-mini",
    "claude-3-5-sonnet-20241022",
    "claude-3-7-sonnet-20250219",
    "claude-3-5-haiku-20241022",
    "llama-3.1-70b-instruct",
    "mistral-large-2407",
    "gemini-1.5-pro",
    "internal-assistant-v2",
    "qwen2.5-72b-instruct",
]
HOSTS = [
    "db-prod-03.internal",
    "pg-orders.c9xk2.eu-west-1.rds.amazonaws.com",
    "redis-cache-2.svc.cluster.local",
    "api.internal.example",
    "mail.corp.example",
    "vpn-gw-1",
    "fileserver02",
    "sftp.partner.example",
    "ldap01.corp.local",
    "printer-3f-east",
    "llm-gateway.internal",
    "nas-backup-01",
    "wms-app-2",
]
ORGS = [
    "Riverside General Hospital",
    "Calder & Finch LLP",
    "Northgate Logistics",
    "Maple Grove School District",
    "First Harbor Bank",
    "Brightloop",
    "Hotel Aurelia",
    "Westbrook City Council",
    "OpenHands Relief",
    "Kettle & Crumb",
    "TalentBridge Recruitment",
    "ClearVoice Contact Centre",
]
PW_WORDS = [
    "Summer",
    "Winter",
    "Sunshine",
    "Dragon",
    "Monkey",
    "Football",
    "Welcome",
    "Spring",
    "Autumn",
    "Rainbow",
    "Coffee",
    "Tiger",
    "Falcon",
    "Sommer",
    "Hund",
    "Bonjour",
    "Soleil",
    "Primavera",
    "Verano",
    "Kocham",
    "Zima",
    "Lato",
    "Chocolate",
    "Banana",
    "Pirate",
    "Galaxy",
    "Orange",
    "Purple",
    "Liverpool",
    "Chelsea",
    "Barcelona",
    "Lisboa",
    "Istanbul",
    "Kanarya",
    "Bienvenue",
    "Mariposa",
    "Estrella",
    "Kitty",
    "Shadow",
    "Matrix",
    "Thunder",
    "Lemon",
    "Cactus",
    "Harbor",
    "Maple",
    "Nordlys",
    "Kaffe",
    "Sakura",
    "Hoshi",
    "Sarang",
    "Mabuhay",
    "Jambo",
    "Simba",
    "Salam",
    "Shalom",
    "Namaste",
    "Privet",
    "Dobro",
    "Szczescie",
    "Cukor",
    "Kahvi",
    "Gatito",
    "Fenerbahce",
    "Moonlight",
]

# ---------------------------------------------------------------------------
# Gateway envelopes.  ⟦BODY⟧ is where the inner prompt (or answer) goes; the
# inner text is escaped piece by piece for the envelope's syntax.

WRAPPERS = r"""
### w-openai-compact json kind=req
{"model":"⟦MODEL⟧","user":"⟦W.e⟧","messages":[{"role":"system","content":"You are the internal assistant of ⟦ORGN⟧. Answer concisely."},{"role":"user","content":"⟦BODY⟧"}],"temperature":0.2}
### w-openai-pretty json kind=req
{
  "request_id": "⟦REQ⟧",
  "timestamp": "⟦TS:iso⟧",
  "client": {"ip": "⟦IP⟧", "user": "⟦W.u⟧", "department": "⟦?Finance|HR|Front desk|Claims|Support|Legal|Dispatch|Admissions|Operations⟧"},
  "model": "⟦MODEL⟧",
  "messages": [
    {"role": "system", "content": "⟦?You are a helpful assistant.|You help staff draft replies. Never invent facts.|Summarize and translate on request. Be brief.|You are an internal assistant. Do not store personal data.⟧"},
    {"role": "user", "content": "⟦BODY⟧"}
  ]
}
### w-anthropic-http json kind=req
POST /v1/messages HTTP/1.1
Host: llm-gateway.internal
content-type: application/json
x-request-id: ⟦UUID⟧
x-forwarded-for: ⟦IP⟧
x-employee: ⟦W.e⟧

{"model": "⟦?claude-3-5-sonnet-20241022|claude-3-7-sonnet-20250219|claude-3-5-haiku-20241022⟧", "max_tokens": ⟦?1024|2048|4096⟧, "system": "⟦?You are a careful assistant for office staff.|Answer in the language of the question.|Keep answers under 200 words.⟧", "messages": [{"role": "user", "content": "⟦BODY⟧"}]}
### w-jsonl json kind=req
{"ts":"⟦TS:iso⟧","lvl":"info","event":"prompt","uid":"⟦W.u⟧","src_ip":"⟦IP⟧","model":"⟦MODEL⟧","chars":⟦NUM:80-4000⟧,"text":"⟦BODY⟧"}
### w-logline json kind=req
⟦TS⟧ INFO  [llm-gw] user=⟦W.e⟧ ip=⟦IP⟧ model=⟦MODEL⟧ tokens_in=⟦NUM:40-3000⟧ prompt="⟦BODY⟧"
### w-openai-response json kind=resp
{"id":"chatcmpl-⟦REQ⟧","object":"chat.completion","created":⟦EPOCH⟧,"model":"⟦MODEL⟧","choices":[{"index":0,"message":{"role":"assistant","content":"⟦BODY⟧"},"finish_reason":"stop"}],"usage":{"prompt_tokens":⟦NUM:50-3000⟧,"completion_tokens":⟦NUM:20-900⟧}}
### w-anthropic-response json kind=resp
{
  "id": "msg_⟦REQ⟧",
  "type": "message",
  "role": "assistant",
  "model": "⟦?claude-3-5-sonnet-20241022|claude-3-7-sonnet-20250219⟧",
  "content": [{"type": "text", "text": "⟦BODY⟧"}],
  "stop_reason": "end_turn",
  "usage": {"input_tokens": ⟦NUM:100-4000⟧, "output_tokens": ⟦NUM:30-900⟧}
}
### w-resp-log json kind=resp
⟦TS⟧ DEBUG [llm-gw] completion req=⟦REQ⟧ for=⟦W.u⟧ latency_ms=⟦NUM:300-9000⟧ text="⟦BODY⟧"
### w-audit raw kind=req
--- gateway audit record ---
when:   ⟦TS⟧
who:    ⟦W⟧ <⟦W.e⟧>
from:   ⟦IP⟧
model:  ⟦MODEL⟧
----------------------------
⟦BODY⟧
----------------------------
### w-csv-export csv kind=req
timestamp,employee,client_ip,model,prompt
⟦TS:iso⟧,⟦W.u⟧,⟦IP⟧,⟦MODEL⟧,"⟦BODY⟧"
### w-langchain json kind=req
[llm/start] [1:chain:AgentExecutor > 2:llm:ChatOpenAI] Entering LLM run with input:
{
  "prompts": [
    "System: You are the ⟦ORGN⟧ helpdesk assistant.\nHuman: ⟦BODY⟧"
  ]
}
### w-history json kind=req
{"model": "⟦MODEL⟧", "messages": [{"role": "system", "content": "Internal assistant. Staff only."}, {"role": "user", "content": "hi, can you help with something?"}, {"role": "assistant", "content": "Of course, what do you need?"}, {"role": "user", "content": "⟦BODY⟧"}], "user": "⟦W.u⟧"}
### w-responses-api json kind=req
{"model":"⟦MODEL⟧","input":"⟦BODY⟧","metadata":{"employee":"⟦W⟧","site":"⟦CITY⟧","ip":"⟦IP⟧"}}
### w-markdown-export raw kind=req
**⟦W⟧** · ⟦TS⟧

⟦BODY⟧

---
_exported from the assistant history by ⟦W.u⟧_
### w-azure-openai json kind=req
POST https://corp-openai.openai.azure.com/openai/deployments/⟦?gpt4o-prod|gpt4o-mini-eu|assistant-v2⟧/chat/completions?api-version=2024-06-01
api-key: [redacted by gateway]
x-ms-client-request-id: ⟦UUID⟧
x-client-ip: ⟦IP⟧

{"messages":[{"role":"system","content":"You are an assistant for ⟦ORGN⟧ employees."},{"role":"user","content":"⟦BODY⟧"}],"max_tokens":800}
### w-bedrock json kind=req
{"modelId": "⟦?anthropic.claude-3-5-sonnet-20240620-v1:0|meta.llama3-1-70b-instruct-v1:0|mistral.mistral-large-2407-v1:0⟧", "body": {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 1000, "messages": [{"role": "user", "content": "⟦BODY⟧"}]}, "requestMetadata": {"employee": "⟦W.e⟧", "sourceIp": "⟦IP⟧"}}
### w-gemini json kind=req
{"contents":[{"role":"user","parts":[{"text":"⟦BODY⟧"}]}],"generationConfig":{"temperature":0.3,"maxOutputTokens":1024},"labels":{"team":"⟦?ops|hr|finance|support|legal⟧","user":"⟦W.u⟧"}}
### w-ollama json kind=req
⟦TS⟧ [ollama] POST /api/chat from ⟦IP⟧
{"model":"⟦?llama3.1:70b|qwen2.5:32b|mistral-nemo⟧","stream":false,"messages":[{"role":"user","content":"⟦BODY⟧"}]}
### w-vllm json kind=req
INFO ⟦TS⟧ api_server.py: Received request cmpl-⟦REQ⟧: prompt: '<|user|>\n⟦BODY⟧<|end|>\n<|assistant|>', params: SamplingParams(temperature=0.2, max_tokens=1024), user: ⟦W.u⟧
### w-kong json kind=req
{"started_at":⟦EPOCH⟧000,"client_ip":"⟦IP⟧","request":{"method":"POST","uri":"/llm/v1/chat","headers":{"x-consumer-username":"⟦W.u⟧"},"body":{"prompt":"⟦BODY⟧"}},"response":{"status":200},"latencies":{"proxy":⟦NUM:200-9000⟧}}
### w-otel-span json kind=req
{"traceId":"⟦HASH⟧","spanId":"⟦SHA⟧","name":"llm.chat","attributes":{"gen_ai.system":"⟦?openai|anthropic|vertex_ai⟧","gen_ai.request.model":"⟦MODEL⟧","enduser.id":"⟦W.e⟧","client.address":"⟦IP⟧","gen_ai.prompt.0.content":"⟦BODY⟧"}}
### w-litellm json kind=req
⟦TS⟧ - LiteLLM Proxy:DEBUG: proxy_server.py:⟦NUM:1000-4000⟧ - Request received by LiteLLM: {'model': '⟦MODEL⟧', 'user': '⟦W.e⟧', 'messages': [{'role': 'user', 'content': "⟦BODY⟧"}]}
### w-langfuse json kind=req
{"id":"⟦UUID⟧","timestamp":"⟦TS:iso⟧","name":"assistant-chat","userId":"⟦W.u⟧","sessionId":"⟦UUID⟧","input":{"messages":[{"role":"user","content":"⟦BODY⟧"}]},"metadata":{"ip":"⟦IP⟧","dept":"⟦?HR|IT|Sales|Ops|Finance⟧"}}
### w-slack-command json kind=req
{"token":"[redacted]","team_domain":"⟦?northgate|brightloop|aurelia-hotels|clearvoice⟧","user_name":"⟦W.u⟧","command":"/ask","text":"⟦BODY⟧","response_url":"https://hooks.slack.com/commands/T0⟦CODE⟧/⟦NUM:1000000000-9999999999⟧"}
### w-email-gateway raw kind=req
From: ⟦W⟧ <⟦W.e⟧>
To: AI Assistant (gateway mailbox)
Date: ⟦TS⟧
Subject: [assistant] ⟦?question|help please|quick one|draft needed⟧
X-Originating-IP: [⟦IP⟧]

⟦BODY⟧
### w-teams-bot json kind=req
{"type":"message","id":"⟦NUM:1700000000000-1799999999999⟧","channelId":"msteams","from":{"id":"29:⟦REQ⟧","name":"⟦W⟧","aadObjectId":"⟦UUID⟧"},"text":"⟦BODY⟧","locale":"⟦?en-US|en-GB|de-DE|fr-FR|es-ES|pt-BR⟧"}
### w-curl-replay json kind=req
# replayed by support (ticket ⟦TICKET⟧), original caller ⟦W.e⟧ from ⟦IP⟧
curl -s https://llm-gateway.internal/v1/chat/completions \
  -H "Content-Type: application/json" \
  -d '{"model":"⟦MODEL⟧","messages":[{"role":"user","content":"⟦BODY⟧"}]}'
### w-powershell json kind=req
# run by ⟦W.u⟧ on ⟦HOST⟧ at ⟦TS⟧
$body = @{ model = "⟦MODEL⟧"; messages = @(@{ role = "user"; content = "⟦BODY⟧" }) } | ConvertTo-Json -Depth 5
Invoke-RestMethod -Uri "https://llm-gateway.internal/v1/chat/completions" -Method Post -Body $body
### w-datadog json kind=req
{"ddsource":"llm-gateway","service":"assistant","host":"⟦HOST⟧","status":"info","usr":{"email":"⟦W.e⟧"},"network":{"client":{"ip":"⟦IP⟧"}},"message":"prompt accepted","prompt":"⟦BODY⟧"}
### w-cloudwatch json kind=req
{"timestamp": ⟦EPOCH⟧000, "logGroup": "/ecs/llm-gateway", "logStream": "gateway/⟦HASH⟧", "message": "level=info user=⟦W.u⟧ ip=⟦IP⟧ prompt=⟦BODY⟧"}
### w-syslog json kind=req
<134>1 ⟦TS:iso⟧ ⟦HOST⟧ llm-gw ⟦NUM:1000-60000⟧ PROMPT [meta user="⟦W.e⟧" src="⟦IP⟧" model="⟦MODEL⟧"] ⟦BODY⟧
### w-browser-ext json kind=req
{"ext":"corp-assistant-sidebar","version":"⟦VER⟧","page":"https://⟦?mail.corp.example|crm.corp.example|docs.corp.example⟧/","selection":"⟦BODY⟧","user":"⟦W.e⟧"}
### w-gemini-response json kind=resp
{"candidates":[{"content":{"role":"model","parts":[{"text":"⟦BODY⟧"}]},"finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":⟦NUM:50-3000⟧,"candidatesTokenCount":⟦NUM:20-900⟧}}
### w-ollama-response json kind=resp
{"model":"⟦?llama3.1:70b|qwen2.5:32b⟧","created_at":"⟦TS:iso⟧","message":{"role":"assistant","content":"⟦BODY⟧"},"done":true,"total_duration":⟦NUM:1000000000-9000000000⟧}
### w-sse-reassembled json kind=resp
[stream reassembled by gateway, req ⟦REQ⟧, user ⟦W.u⟧]
data: {"choices":[{"delta":{"content":"⟦BODY⟧"}}]}
data: [DONE]
### w-python-sdk json kind=req
# replay of a failing request (from ⟦W.e⟧, ⟦TS⟧)
resp = client.chat.completions.create(
    model="⟦MODEL⟧",
    messages=[{"role": "user", "content": "⟦BODY⟧"}],
)
"""

TEMPLATES: list[tuple[str, str]] = []

# ===========================================================================
# English: hospital
TEMPLATES.append(
    (
        "en",
        r"""
### hosp-discharge-plain cc=us
Can you rewrite this discharge note in plain English for the family? Keep the meds list as is.

PATIENT: ⟦A.UF⟧    MRN: ⟦NUM:1000000-9999999⟧    DOB: ⟦DOB:old,us⟧
Admitted ⟦DATE:us⟧ via ED · Discharged ⟦DATE:us⟧ to home with family (⟦B.f⟧, ⟦PHONE⟧)
Attending: Dr. ⟦C.l⟧ / Resident: ⟦D.i⟧, MD
Dx: CAP, resolved. Hx of T2DM, HTN.
Meds: metformin 500 mg BID, lisinopril 10 mg daily, amoxicillin-clavulanate x5 more days
F/u with PCP Dr ⟦E⟧ in 7-10 days. Return if fever >38.5 or SOB.
### hosp-referral-email
Draft a short reply confirming we can see the patient ⟦?next Tuesday|on Thursday|early next week⟧.

From: ⟦A⟧ <⟦A.e⟧>
To: ⟦B.e⟧
Subject: Referral - ⟦D.l⟧, ⟦D.f⟧ (DOB ⟦DOB:iso⟧)

Hi ⟦B.f⟧,

Would you be able to see ⟦D.hon⟧ ⟦D.l⟧ in the rapid access chest pain clinic? ⟦D.He⟧ had two episodes of exertional chest tightness last week; ECG this morning showed no acute changes. ⟦D.His⟧ GP is Dr ⟦E.l⟧ at the ⟦~⟧Jackson Street practice.

Best number for the patient is ⟦PHONE⟧.

Thanks,
⟦A.f⟧
--
⟦A⟧ | Clinical Nurse Specialist, Cardiology
⟦HOSP⟧
### hosp-handover-transcript
Summarize this handover recording into SBAR bullets, one block per bed.

[07:02] ⟦A.f⟧ (night RN): Bed 14 is ⟦B⟧, ⟦NUM:60-90⟧, came in ⟦DATE⟧ after a fall at home. Pain controlled, obs stable.
[07:03] ⟦C.f⟧ (day RN): Family?
[07:03] ⟦A.f⟧: Son ⟦D.f:m⟧ rang twice, his mobile is ⟦PHONE⟧. He wants a call after the ortho review.
[07:04] ⟦C.f⟧: And 15?
[07:04] ⟦A.f⟧: 15 is ⟦E.hon⟧ ⟦E.l⟧, DOB ⟦DOB:old⟧, confused overnight, pulled ⟦E.his⟧ cannula at 3. Dr ⟦F.l⟧ is aware.
[07:05] ⟦C.f⟧: OK. Anything for ⟦B.f⟧'s meds?
[07:05] ⟦A.f⟧: Just the 08:00 paracetamol. And ⟦G.f⟧ from pharmacy ⟦~⟧will bring the patches.
### hosp-triage-json json
{"model": "⟦MODEL⟧", "messages": [{"role": "system", "content": "You are a triage assistant for the ⟦HOSP⟧ emergency department. Never give a diagnosis."}, {"role": "user", "content": "Walk-in: ⟦A⟧, DOB ⟦DOB⟧, c/o abdominal pain since ⟦?Monday|Sunday night|yesterday⟧. Lives at ⟦ADDR⟧. NOK: ⟦B⟧ (⟦PHONE⟧). Suggest a triage category and the questions I should still ask."}], "temperature": 0}
### hosp-billing-dispute cc=us
Patient called about a duplicate charge. Help me write the account note and a short apology letter.

Guarantor: ⟦A.lf⟧
Patient: ⟦B.lf⟧ (minor, DOB ⟦DOB:kid,us⟧)
Acct #⟦NUM:10000000-99999999⟧   Invoice ⟦INV⟧   Amount ⟦AMT:small⟧ charged twice on ⟦DATE:us⟧
Card on file: ⟦CARD⟧ exp ⟦NUM:1-12⟧/⟦NUM:26-30⟧
Mailing address: ⟦ADDR⟧
Guarantor SSN (from registration): ⟦SSN⟧
### hosp-lab-csv csv
Which of these patients have a potassium above range? Just list names and values.

mrn,patient_name,dob,k_mmol_l,collected
⟦NUM:100000-999999⟧,"⟦A.lf⟧",⟦DOB:iso⟧,5.9,⟦TS:iso⟧
⟦NUM:100000-999999⟧,"⟦B.lf⟧",⟦DOB:iso⟧,4.1,⟦TS:iso⟧
⟦NUM:100000-999999⟧,"⟦C.lf⟧",⟦DOB:iso⟧,3.2,⟦TS:iso⟧
⟦NUM:100000-999999⟧,"⟦D.lf⟧",⟦DOB:iso⟧,6.3,⟦TS:iso⟧
⟦NUM:100000-999999⟧,"⟦E.lf⟧",⟦DOB:iso⟧,4.7,⟦TS:iso⟧
### hosp-lab-answer ans
Two patients are above the reference range (3.5-5.1 mmol/L):

- ⟦A.lf⟧ (DOB ⟦DOB:iso⟧): K 5.9
- ⟦B.lf⟧ (DOB ⟦DOB:iso⟧): K 6.3

⟦B.f⟧'s value is in the critical range; per policy it should be phoned to the ward within 30 minutes. ⟦?Would you like me to draft the callback note?|I can draft the escalation message if that helps.⟧
### hosp-ocr-consent
ocr output from scanned consent form, pls extract the fields as json

CONSENT F0R TREATMENT / PR0CEDURE
Patient narne: ⟦A.U⟧
Date of birth  ⟦DOB:us⟧      Sex: ⟦?F|M⟧
Add ress: ⟦ADDR⟧
Procedure: colonoscopy w/ possible biopsy
I, ⟦A⟧ , consent to the procedure described above, to be performed by Dr. ⟦B.l⟧
Signature: ________   Witness: ⟦C.U⟧   Date: ⟦DATE:us⟧
lnterpreter used? Y / N    Language: ______
### hosp-teams-roster
can you turn this teams thread into a clean rota table?

⟦C⟧  ⟦TIME⟧
@⟦A⟧ can you swap your Sat night with me? I'll take your Wed late

⟦A⟧  ⟦TIME⟧
fine by me if ⟦B.f⟧ signs it off

⟦B⟧  ⟦TIME⟧
Approved. ⟦D⟧ covers Sun nights this month, ⟦E.f⟧ is on leave till the 21st. New staff room door code is ⟦SEC:door⟧ from ⟦~⟧Monday.
### hosp-sql-appointments sql
Why does this return the same appointment twice?

SELECT p.mrn, p.last_name, p.first_name, a.slot
FROM patients p JOIN appointments a ON a.mrn = p.mrn
WHERE p.last_name = '⟦A.l⟧' AND p.first_name = '⟦A.f⟧' AND p.dob = '⟦DOB:iso⟧';

  mrn   | last_name | first_name |        slot
--------+-----------+------------+---------------------
 ⟦NUM:100000-999999#1⟧ | ⟦A.l⟧ | ⟦A.f⟧ | 2025-04-02 09:30:00
 ⟦NUM:100000-999999#1⟧ | ⟦A.l⟧ | ⟦A.f⟧ | 2025-04-02 09:30:00
(2 rows)
### hosp-voicemail
Transcribe and summarize (voicemail to the pharmacy line, auto-transcript):
"hi this is ⟦A⟧ calling about ⟦B⟧ um date of birth ⟦DOB:old,long⟧ ⟦B.he⟧ was discharged on ⟦?Friday|Thursday|Saturday⟧ and the prescription for the blood thinner wasn't in the bag so can someone call me back on ⟦PHONE⟧ ⟦?thanks|thank you bye|cheers⟧"
### hosp-incident-report
Rewrite this incident report so it is factual and neutral. Keep all identifiers, it goes to the risk team only.

Incident ref ⟦TICKET⟧ · reported ⟦DATE⟧ ⟦TIME⟧ · Ward 7B
Reporter: ⟦A⟧ (Staff Nurse)
Patient involved: ⟦B⟧, hospital no. ⟦NUM:10000000-99999999⟧, born ⟦DOB:old⟧
Description: pt found on floor next to bed at approx 02:40. HCA ⟦C⟧ and I assisted back to bed. Dr ⟦D.l⟧ (F1) reviewed at 03:05, no injury found. ⟦B.f⟧ said ⟦B.he⟧ was trying to get to the toilet. Bed rails were down as per care plan.
Family informed: ⟦E⟧ (next of kin) by phone, ⟦PHONE⟧, at 08:10.
### hosp-it-ticket-printer
User says the label printer on 4 East is offline after the firmware update. Summarize for the desk and tell me what to check first.

Ticket ⟦TICKET⟧ opened by ⟦A⟧ (⟦A.e⟧)
Device: Zebra ZD421, asset HX-⟦NUM:1000-9999⟧
IP ⟦IP⟧ / MAC ⟦MAC⟧
Firmware ⟦VER⟧ -> ⟦VER⟧
Last DHCP lease: ⟦TS⟧
Note from ⟦B.f⟧ on nights: "printed fine until about 1am then nothing"
### hosp-appt-letter ans
Dear ⟦A.hon⟧ ⟦A.l⟧,

Your appointment at the ⟦?Dermatology|Fracture|Diabetes|Memory⟧ Clinic has been booked for ⟦DATE:long⟧ at ⟦TIME⟧ with ⟦?Dr|Dr.⟧ ⟦B.l⟧.

Please bring this letter and a list of your current medicines. If you need to change the time, reply quoting your hospital number ⟦NUM:1000000-9999999⟧ and date of birth (⟦DOB:long⟧).

We have your address as:
⟦ADDR:ml⟧
Please let reception know if this has changed.
### hosp-code-hl7
Why does our HL7 parser choke on the PID segment? Sample message:

MSH|^~\&|EPIC|RGH|LAB|LAB|202503⟦NUM:10-16⟧⟦NUM:10-23⟧⟦NUM:10-59⟧||ADT^A01|⟦NUM:100000-999999⟧|P|2.5
PID|1||⟦NUM:100000-999999⟧^^^MRN||⟦A.UL⟧^⟦A.f⟧||⟦DOB:compact⟧|⟦?F|M|U⟧|||||⟦PHONE:nat⟧
NK1|1|⟦B.UL⟧^⟦B.f⟧|SPO|||⟦PHONE:nat⟧
PV1|1|I|4E^412^B|||⟦NUM:1000-9999⟧^⟦C.UL⟧^⟦C.f⟧^^^DR
### hosp-translate-instructions
Translate into Spanish for the parent, keep it simple:

"⟦A.f⟧, your child ⟦B.f⟧ can go home today. Give ⟦B.him⟧ ibuprofen every 8 hours with food. If the fever comes back, call Dr. ⟦C.l⟧'s office or come back to the ER. We have your number as ⟦PHONE⟧ and will call you tomorrow to check in."
### hosp-research-extract
I need to de-identify this before it goes to the research team. What exactly do I have to remove?

Study ID: CARD-⟦NUM:1000-9999⟧
Name: ⟦A.lf⟧
DOB: ⟦DOB:us⟧   Age at enrolment: ⟦NUM:40-80⟧
Address: ⟦ADDR:ml⟧
Phone: ⟦PHONE⟧   Email: ⟦A.e⟧
Enrolled by: ⟦B.i⟧ on ⟦DATE:us⟧
Notes: ⟦A.f⟧ prefers contact after 5pm; ⟦?carer|neighbour|sister-in-law⟧ ⟦C⟧ helps with the app.
### hosp-oncall-tsv cc=gb
Format this on-call list as a markdown table sorted by specialty:

Specialty	Consultant	Registrar	Bleep	Mobile
Cardiology	Dr ⟦A⟧	Dr ⟦B⟧	⟦NUM:1000-1999⟧	⟦PHONE⟧
General Surgery	Mr ⟦C.m:m⟧	Dr ⟦D⟧	⟦NUM:2000-2999⟧	⟦PHONE⟧
Paediatrics	Dr ⟦E⟧	Dr ⟦F⟧	⟦NUM:3000-3999⟧	⟦PHONE⟧
Orthopaedics	Ms ⟦G:f⟧	Dr ⟦H⟧	⟦NUM:4000-4999⟧	⟦PHONE⟧
### hosp-complaint-thread cc=gb
Help me reply to this. Empathetic, but don't admit liability.

From: ⟦A⟧ <⟦A.e⟧>
Sent: ⟦DATE:long⟧ ⟦TIME⟧
To: Patient Advice and Liaison
Subject: RE: my father's care on ward 9

I still haven't had an answer. My father ⟦B:m⟧ (born ⟦DOB:old⟧) waited eleven hours for a bed and nobody told us anything. The only person who helped was a nurse called ⟦C.f:f⟧. I want to know why Dr ⟦D.l⟧ discharged him at 11pm.

> On ⟦DATE⟧, PALS wrote:
> Dear ⟦A.hon⟧ ⟦A.l⟧, thank you for contacting us. Your case reference is ⟦TICKET⟧.
> We aim to respond within ten working days.
### hosp-medrec-answer ans
Here is the medication list for ⟦A⟧ (DOB ⟦DOB:old⟧) reconciled against the GP record from Dr ⟦B.l⟧:

| Medicine | Hospital | GP list | Action |
|---|---|---|---|
| Apixaban 5 mg BD | yes | yes | continue |
| Ramipril 2.5 mg OD | no | yes | ask ⟦A.f⟧ whether still taking |
| Sertraline 50 mg | yes | no | confirm with Dr ⟦B.l⟧ |

The patient's next of kin, ⟦C⟧, can be reached on ⟦PHONE⟧ for the home supply.
### hosp-flu-clinic-list
Check this list for children who are too young for the nasal flu vaccine at the ⟦DATE:long⟧ clinic:
- ⟦A⟧, born ⟦DOB:kid⟧, parent ⟦B⟧ ⟦PHONE⟧
- ⟦C⟧, born ⟦DOB:kid⟧, parent ⟦D⟧ ⟦PHONE⟧
- ⟦E⟧, born ⟦DOB:kid⟧, parent ⟦F⟧ ⟦PHONE⟧
- ⟦G⟧, born ⟦DOB:kid⟧ (twin of ⟦E.f⟧)
### hosp-wifi-notice
Make this notice friendlier for the waiting room poster:
"PATIENT WIFI - network RGH-Guest, password ⟦SEC:wifi⟧ - changes every ⟦~⟧Monday. Problems? Ask reception, NOT the nurses. Staff: do not give out the clinical network key."
### hosp-prior-auth cc=us
Fill the prior auth letter template with this info:
Member: ⟦A⟧   Member ID: ⟦CODE⟧⟦NUM:100000-999999⟧   DOB ⟦DOB:us⟧
SSN on file: ***-**-⟦NUM:1000-9999⟧
Requesting provider: ⟦B⟧, MD (NPI ⟦NUM:1000000000-1999999999⟧)
Procedure: MRI lumbar spine w/o contrast (CPT 72148)
Dx: M54.16, radiculopathy, lumbar region
Urgency: routine. Patient prefers ⟦?morning|afternoon⟧ slots at the ⟦HOSP⟧ imaging centre.
### hosp-cad-log
Build a timeline table from this dispatch log (⟦DATE:week⟧):
14:02:11 CALL RECEIVED caller=⟦A.U⟧ cb=⟦PHONE:nat⟧
14:02:40 LOC ⟦ADDR⟧
14:03:05 PT ⟦B.UF⟧ approx ⟦NUM:60-90⟧ yo, DOB per caller ⟦DOB:old,num⟧
14:03:30 UNIT M⟦NUM:10-99⟧ ASSIGNED crew ⟦C.UL⟧/⟦D.UL⟧
14:11:52 ON SCENE
14:34:20 TRANSPORT TO ⟦HOSP⟧
### hosp-code-rota
why does shifts_for() return an empty list for ⟦D.f⟧?

```python
# TODO(⟦A.f⟧): remove hardcoded test patient before go-live
TEST_PATIENT = {"name": "⟦B⟧", "dob": "⟦DOB:iso⟧", "ward": "7B"}
DB_URL = "postgresql://rota_app:⟦SEC:dbpw⟧@⟦IP⟧:5432/rota"

def shifts_for(nurse_id):
    # ⟦C⟧ says nights start at 19:30 on 7B, not 20:00
    rows = db.query("select * from shifts where nurse = %s", nurse_id)
    return [r for r in rows if r.start.hour >= 20]
```
### hosp-porter-sms
reformat these porter SMS into a job list:
"pt ⟦A.UL⟧ bed 22 to xray pls" - ⟦B.f⟧ ⟦TIME⟧
"collect bloods from ward 3 for ⟦C⟧" - ⟦D.f⟧ ⟦TIME⟧
"⟦E.l⟧ family waiting at main entrance, wheelchair needed" - ⟦B.f⟧ ⟦TIME⟧
"body to mortuary, ⟦F.U⟧, paperwork done by dr ⟦G.l⟧" - ⟦D.f⟧ ⟦TIME⟧
### hosp-maternity-json json
{"messages":[{"role":"user","content":"Summarize this booking for the midwife handover:\nMother: ⟦A:f⟧, DOB ⟦DOB:young⟧, G2P1\nPartner: ⟦B⟧, mobile ⟦PHONE⟧\nEDD: ⟦DATE:fut⟧\nPrevious baby ⟦C.f⟧ born ⟦DOB:kid⟧ by emergency section at ⟦HOSP⟧\nAddress: ⟦ADDR⟧\nGP: Dr ⟦D⟧"}],"model":"⟦MODEL⟧"}
""",
    )
)

# ===========================================================================
# English: law firm
TEMPLATES.append(
    (
        "en",
        r"""
### law-engagement-letter
Draft an engagement letter for this new client. Use our standard hourly rates and a ⟦AMT⟧ retainer.

Client: ⟦A⟧
Address: ⟦ADDR:ml⟧
Email: ⟦A.e⟧ | Mobile: ⟦PHONE⟧
Matter: ⟦?boundary dispute with neighbour|wrongful dismissal claim|purchase of commercial unit|contested probate⟧
Matter no. ⟦NUM:10000-99999⟧/⟦NUM:1-9⟧
Responsible partner: ⟦B⟧; day-to-day: ⟦C⟧ (trainee)
### law-deposition-transcript
Pull out every date and amount mentioned in this excerpt and list them with the page:line.

12:04  Q.  Please state your full name for the record.
12:05  A.  ⟦A.m⟧.
12:06  Q.  And your date of birth, ⟦A.hon⟧ ⟦A.l⟧?
12:07  A.  ⟦DOB:long⟧.
12:08  Q.  Where were you living in ⟦?March|June|September⟧ 2023?
12:09  A.  ⟦ADDR⟧.
12:10  Q.  Who else lived there?
12:11  A.  My ⟦?partner|cousin|flatmate⟧ ⟦B⟧, and for a while ⟦C.f⟧, ⟦B.f⟧'s friend.
12:12  MR. ⟦D.UL:m⟧:  Objection, relevance.
12:13  THE COURT:  Overruled.
### law-conflict-check csv
Run a conflict check: does any of these appear in our client list below? Answer yes/no per row.

party_name,role,dob,matter
"⟦A.lf⟧",claimant,⟦DOB:iso⟧,⟦NUM:2020-2025⟧-⟦NUM:100-999⟧
"⟦B.lf⟧",defendant,⟦DOB:iso⟧,⟦NUM:2020-2025⟧-⟦NUM:100-999⟧
"⟦ORG⟧",defendant (company),,⟦NUM:2020-2025⟧-⟦NUM:100-999⟧
"⟦C.lf⟧",witness,,⟦NUM:2020-2025⟧-⟦NUM:100-999⟧

existing clients: ⟦D⟧; ⟦E⟧; ⟦ORG⟧; ⟦F⟧
### law-opposing-counsel-thread
Summarize where we are on this and draft a holding reply.

From: ⟦A⟧ <⟦A.e⟧>
To: ⟦B.e⟧
Subject: RE: ⟦C.l⟧ v ⟦D.l⟧ - without prejudice

⟦B.f⟧,

My client will not accept ⟦AMT⟧. ⟦D.hon⟧ ⟦D.l⟧ has already paid for the roof repairs and has the receipts. Please confirm whether your client is still at ⟦ADDR⟧ for service.

Regards,
⟦A⟧

-----Original Message-----
From: ⟦B⟧
Sent: ⟦DATE:long⟧ ⟦TIME⟧
> Our client ⟦C⟧ is prepared to settle for ⟦AMT⟧ inclusive of costs,
> payable to our client account by ⟦DATE:fut⟧.
### law-tenancy-deposit cc=gb
Is the landlord allowed to keep the deposit here? UK assured shorthold tenancy.

Tenant: ⟦A⟧ (DOB ⟦DOB:young⟧)
Co-tenant: ⟦B⟧
Property: ⟦ADDR:gb⟧
Landlord: ⟦C⟧, c/o ⟦?Harrow Lettings|Keystone Lets|Oakridge Property Management⟧
Deposit ⟦AMT:gb⟧ paid on ⟦DATE:past⟧ from ⟦A.f⟧'s account ⟦IBAN:gb⟧
Deposit protection certificate: none received. Tenancy ended ⟦DATE⟧.
### law-immigration-intake
Client intake for a spousal visa application, please check what documents are missing:

Applicant: ⟦A.U⟧
Date of birth: ⟦DOB⟧
Nationality: ⟦?Indian|Nigerian|Filipino|Brazilian|Ukrainian|Pakistani⟧
Passport no.: ⟦PASS:in⟧, issued ⟦DATE:past⟧, expires ⟦DATE:fut⟧
Sponsor: ⟦B⟧, British citizen, DOB ⟦DOB⟧, passport ⟦PASS:gb⟧
Current address of sponsor: ⟦ADDR:gb⟧
Relationship start: met ⟦?online|at university|through family⟧ in ⟦NUM:2015-2022⟧
### law-will-draft
Draft a simple will from these instructions.

Testator: ⟦A.m⟧, born ⟦DOB:old⟧, of ⟦ADDR⟧
Executors: ⟦B⟧ and ⟦C⟧
Gifts: £5,000 to my niece ⟦D:f⟧; my car to ⟦E⟧; residue split equally between my children ⟦F.f⟧ and ⟦G.f⟧.
Guardian for minor children: ⟦B⟧.
Funeral wishes: cremation, service at ⟦HOSP⟧ chapel ⟦~⟧(where ⟦A.f⟧ worked for 30 years).
### law-court-listing
Convert this cause list into a table (court, time, case, parties):

COURT 3 - 10:00 - ⟦A.l⟧ v ⟦B.l⟧ (directions)
COURT 3 - 11:30 - Re ⟦C⟧ (deceased)
COURT 5 - 10:00 - R v ⟦D.UF⟧ (plea)
COURT 5 - 14:00 - ⟦ORG⟧ Ltd v ⟦E⟧ (application to set aside)
COURT 7 - 10:30 - ⟦F⟧ v ⟦G⟧ (small claims)
### law-dsar-request cc=gb
A data subject access request came in. Draft an acknowledgment and list what ID we should accept.

"Hello, my name is ⟦A⟧ and I was a client of ⟦B.hon⟧ ⟦B.l⟧ between 2019 and 2022. Under GDPR I want a copy of all data you hold about me. My date of birth is ⟦DOB⟧, my old address was ⟦ADDR⟧ and I can send a copy of my driving licence (⟦DL:gb⟧) if needed. Please reply to ⟦A.e⟧. ⟦A.f⟧"
### law-signature-block
Check the execution blocks at the end of this share purchase agreement, anything missing?

SIGNED by ⟦A⟧, director, for and on behalf of ⟦ORG⟧ Limited
Signature: ____________
in the presence of:
Witness name: ⟦B⟧
Witness address: ⟦ADDR⟧
Witness occupation: ⟦?solicitor|accountant|teacher|retired⟧

SIGNED by ⟦C⟧ (the Seller)
Signature: ____________
### law-poa-ocr cc=gb
this is an OCR of a lasting power of attorney, extract donor and attorneys as a table

LASTlNG POWER 0F ATTORNEY - Property and financial affairs
Section 1  The donor
Full narne: ⟦A.U⟧
Date of b1rth: ⟦DOB:old,num⟧
Address: ⟦ADDR⟧
Section 2  The attorneys
Attorney 1: ⟦B.U⟧   DOB ⟦DOB:num⟧   ⟦B.e⟧
Attorney 2: ⟦C.U⟧   DOB ⟦DOB:num⟧
Section 4  Certificate provider: ⟦D.U⟧, ⟦?GP|solicitor⟧, known to donor since 2009
### law-case-summary-answer ans
**Summary of the matter (⟦A.l⟧ v ⟦B.l⟧)**

- Your client, ⟦A⟧, claims ⟦AMT:small⟧ for unpaid invoices dating from ⟦DATE:past⟧.
- ⟦B⟧ disputes the quality of work and says ⟦B.he⟧ only agreed the price verbally with ⟦C⟧.
- The key witness is ⟦C.l⟧, who can be reached at ⟦C.e⟧.
- Limitation expires ⟦DATE:fut⟧.

Next steps: send a letter before claim to ⟦B.f⟧ at ⟦ADDR⟧ and request the WhatsApp messages.
### law-redline-claude json
{"model": "claude-3-5-sonnet-20241022", "system": "You are a contracts assistant at ⟦ORGN⟧. Flag unusual terms only.", "max_tokens": 2000, "messages": [{"role": "user", "content": "Redline clause 9 so notices can go by email.\n\n9. Notices. Any notice shall be delivered by hand or first-class post to: (a) the Landlord, ⟦A⟧, at ⟦ADDR⟧; (b) the Tenant, ⟦B⟧, at the Property. Copies to ⟦C⟧ of ⟦ORG⟧."}]}
### law-settlement-wire
Check these payment instructions before I send them to accounts. Client is worried about fraud.

Payee: ⟦A⟧
Bank: ⟦?Barclays|Santander|Lloyds⟧ ⟦~⟧
IBAN: ⟦IBAN⟧
BIC: ⟦?BARCGB22|ABBYGB2L|LOYDGB21⟧
Amount: ⟦AMT:big⟧ (full and final settlement, claim ⟦TICKET⟧)
Approved by: ⟦B⟧ (partner) on ⟦DATE⟧
Call-back verification done with ⟦A.f⟧ on ⟦PHONE⟧ ⟦?- yes|- pending⟧
### law-police-interview-notes cc=us
Tidy up my notes from the police station, client was interviewed under caution.

Client ⟦A⟧ DOB ⟦DOB:young⟧ DL# ⟦DL⟧
Arrested ⟦DATE⟧ approx 23:10 outside ⟦PLACE⟧ ⟦~⟧
Officers: ⟦?PC|Officer|Det.⟧ ⟦B.l⟧ and ⟦?PC|Officer⟧ ⟦C.l⟧
Alleged victim: ⟦D⟧ (⟦NUM:19-45⟧)
Client says ⟦D.f⟧ swung first; friend ⟦E⟧ saw it and will give a statement, ph ⟦PHONE⟧.
No comment interview on advice.
### law-tribunal-claim
Fill in the ET1 summary from this:
Claimant ⟦A⟧, ⟦A.e⟧, ⟦PHONE⟧, ⟦ADDR⟧
Respondent ⟦ORGN⟧; line manager ⟦B⟧, HR contact ⟦C⟧
Employment from ⟦DATE:past⟧ to ⟦DATE⟧; dismissed by letter signed by ⟦B⟧
ACAS certificate R⟦NUM:100000-999999⟧/⟦NUM:23-25⟧/⟦NUM:10-99⟧
### law-timesheet
Turn my rough timesheet into narrative billing entries (6 min units):

⟦DATE:week⟧
- call w/ client ⟦A.f⟧ re witness list (⟦B⟧, ⟦C⟧) 0.4
- email ⟦D.hon⟧ ⟦D.l⟧ at opposing firm re disclosure 0.2
- review bank statements ⟦IBAN⟧ Jan-Jun 1.8
- draft letter to ⟦E⟧ (surveyor) 0.6
### law-probate-assets
Help me list the estate assets for the IHT form.

Deceased: ⟦A⟧ (DOB ⟦DOB:old⟧, died ⟦DATE:past⟧)
Last address: ⟦ADDR:ml⟧
- Current account ⟦IBAN⟧, balance ⟦AMT⟧
- Premium bonds holder no. ⟦NUM:100000000-999999999⟧
- Bitcoin in a hardware wallet, receiving address ⟦BTC⟧ (son ⟦B:m⟧ has the seed phrase)
- Car: ⟦ORG⟧ ⟦?Focus|Fiesta|Model 3|Golf⟧ ⟦~⟧
Executor: ⟦B⟧, ⟦B.e⟧
### law-subpoena-logs
Our client received this subpoena response. Explain in plain terms what it shows.

Subscriber: ⟦A⟧
Service address: ⟦ADDR⟧
Account email: ⟦A.e⟧
Assigned IPs (UTC):
  ⟦TS⟧  ⟦IP⟧
  ⟦TS⟧  ⟦IP⟧
  ⟦TS⟧  ⟦IP6⟧
CPE MAC: ⟦MAC⟧
### law-client-care-chat
my client keeps texting me at night. help me write a polite boundary message

⟦A.f⟧ (⟦PHONE⟧) 23:41: any news?? ⟦B.l⟧ is still parking in front of my garage
⟦A.f⟧ 23:58: also I found the old lease signed by ⟦C⟧, will bring Monday
me 08:15: Morning ⟦A.f⟧, thanks, will call at 11
### law-marketing-bio
Shorten these two lawyer bios to 50 words each for the website:

⟦A⟧ is a partner in our disputes team. Before joining ⟦ORGN⟧ ⟦A.he⟧ spent eight years at ⟦ORG⟧'s in-house legal department. ⟦A.f⟧ is a keen cyclist.

⟦B⟧ joined as a trainee in 2016 and qualified into the property team. ⟦B.f⟧ advises landlords across ⟦CITY⟧ and speaks ⟦?Polish|Urdu|Spanish|Portuguese⟧.
### law-legal-aid-means cc=us
Legal aid eligibility screen - household of 3. Is ⟦A.f⟧ under 125% of poverty guideline?

Applicant: ⟦A⟧, SSN ⟦SSN⟧, DOB ⟦DOB⟧
Spouse: ⟦B⟧, ITIN ⟦ITIN⟧
Child: ⟦C.f⟧, DOB ⟦DOB:kid⟧
Monthly income: ⟦AMT⟧ (⟦B.f⟧, cleaning), ⟦AMT⟧ (⟦A.f⟧, part-time at ⟦ORG⟧)
Address: ⟦ADDR⟧
### law-gdpr-breach
Draft the breach notification to the ICO. What happened: paralegal sent a bundle to the wrong email.

Sent by: ⟦A⟧ on ⟦DATE⟧ at ⟦TIME⟧
Intended: ⟦B.e⟧   Actual: ⟦EMAIL⟧
Contents: medical records of ⟦C⟧ (DOB ⟦DOB⟧), incl. GP letters and a copy of ⟦C.his⟧ passport ⟦PASS⟧
Recipient (⟦D⟧) confirmed deletion by phone.
### law-hearing-calendar
Make an .ics event for each hearing:
- ⟦DATE:fut⟧ 10:00 Case management, ⟦A.l⟧ v ⟦ORG⟧, attend: ⟦B⟧, counsel ⟦C⟧
- ⟦DATE:fut⟧ 14:00 Mediation with ⟦D⟧ (mediator), client ⟦A⟧ to attend in person
- ⟦DATE:fut⟧ 09:30 Trial window opens. Reminder to ⟦E.f⟧ to book the room at ⟦PLACE⟧ ⟦~⟧
""",
    )
)

# ===========================================================================
# English: logistics company
TEMPLATES.append(
    (
        "en",
        r"""
### logi-delivery-exception
Write a short apology to the customer and an internal note for the depot.

Tracking: ⟦TRACK⟧
Consignee: ⟦A⟧, ⟦ADDR⟧, tel ⟦PHONE⟧
Driver: ⟦B⟧ (route ⟦NUM:10-99⟧)
Exception: ⟦?no safe place, card left|access code did not work|refused by recipient|address not found⟧, ⟦DATE:week⟧ ⟦TIME⟧
Driver comment: "gate code ⟦SEC:door⟧ didnt work, rang ⟦A.f⟧ twice no answer"
### logi-driver-onboarding
New driver onboarding. Check the form is complete and tell me what's missing for payroll.

Name: ⟦A.U⟧
Date of birth: ⟦DOB⟧
Licence no.: ⟦DL⟧   Categories: C, CE   Expiry: ⟦DATE:fut⟧
Home address: ⟦ADDR⟧
Mobile: ⟦PHONE⟧
Bank (IBAN): ⟦IBAN⟧
Emergency contact: ⟦B⟧ (⟦?partner|sibling|parent⟧) ⟦PHONE⟧
Start date: ⟦DATE:fut⟧, depot ⟦CITY⟧
### logi-route-csv csv
Optimise the stop order for this route (start/end at depot). Keep the CSV format.

stop,consignee,address,phone,window
1,"⟦A⟧","⟦ADDR⟧",⟦PHONE⟧,09:00-12:00
2,"⟦B⟧","⟦ADDR⟧",⟦PHONE⟧,any
3,"⟦ORG⟧ (reception)","⟦ADDR⟧",,08:00-17:00
4,"⟦C⟧","⟦ADDR⟧",⟦PHONE⟧,after 15:00
5,"⟦D⟧","⟦ADDR⟧",⟦PHONE⟧,any
### logi-telematics-json json
{"model":"⟦MODEL⟧","messages":[{"role":"system","content":"You analyse fleet telematics for Northgate Logistics."},{"role":"user","content":"Why did this unit stop reporting? {\"unit\":\"TRK-⟦NUM:100-999⟧\",\"driver\":\"⟦A⟧\",\"modem_mac\":\"⟦MAC⟧\",\"last_ip\":\"⟦IP⟧\",\"last_fix\":\"⟦TS:iso⟧\",\"fw\":\"⟦VER⟧\"}"}]}
### logi-customs-declaration
Check this commercial invoice for customs, the parcel is stuck.

Shipper: ⟦A⟧, ⟦ADDR:gb⟧
Consignee: ⟦B⟧, ⟦ADDR:us⟧, ⟦PHONE:us⟧
Consignee ID: passport ⟦PASS:us⟧
Contents: 2x handmade ceramic mugs, value ⟦AMT:gb⟧, HS 6912.00
Reason: gift
AWB ⟦TRACK⟧
### logi-damage-claim
Claim came in for a broken TV. Summarize and recommend approve/deny.

Claimant: ⟦A⟧ <⟦A.e⟧>
Order ⟦ORDER⟧ via ⟦?Wayfair|Macy's|Nordstrom⟧ ⟦~⟧
Delivered ⟦DATE⟧ by ⟦B.f⟧ (signature on POD: "⟦A.l⟧")
Photos: 3 attached, box crushed on one corner
Refund to card ending ⟦NUM:1000-9999⟧ requested; customer later sent full card number ⟦CARD⟧ by email (!)
### logi-warehouse-chat
turn this into a shift swap request for the supervisor

⟦A.f⟧: can anyone take my sat 6-2? its my daughter's birthday
⟦B.f⟧: i can if someone takes my sun
⟦C⟧: I'll do sun, but only if ⟦D.f⟧ opens, I don't have the alarm code
⟦D.f⟧: fine, code is still ⟦SEC:pin⟧ right?
⟦A.f⟧: thx ⟦B.f⟧ owe u one
### logi-fuel-cards
Reconcile fuel card spend for the week. Flag anything over ⟦AMT⟧ per fill.

| Card | Driver | Vehicle | Spend |
|---|---|---|---|
| ⟦CARD⟧ | ⟦A⟧ | ⟦NUM:10-99⟧-TRK | ⟦AMT:small⟧ |
| ⟦CARD⟧ | ⟦B⟧ | ⟦NUM:10-99⟧-VAN | ⟦AMT:small⟧ |
| ⟦CARD⟧ | ⟦C⟧ | ⟦NUM:10-99⟧-TRK | ⟦AMT:small⟧ |
### logi-whatsapp-driver
Summarize what happened with this delivery from the driver's WhatsApp:

[⟦TIME⟧] ⟦A.f⟧ Driver: at the gate, no one answering
[⟦TIME⟧] Dispatch: try the number on the label ⟦PHONE⟧
[⟦TIME⟧] ⟦A.f⟧ Driver: lady next door (⟦B:f⟧ she said) will take it
[⟦TIME⟧] Dispatch: ok get her to sign + photo. Customer is ⟦C⟧ at ⟦ADDR⟧
[⟦TIME⟧] ⟦A.f⟧ Driver: done 👍
### logi-sql-shipments sql
Why does this query miss ⟦A.f⟧'s shipment?

SELECT shipment_id, consignee_name, postcode FROM shipments
WHERE consignee_name ILIKE '%⟦A.l⟧%' AND created_at > '2025-03-01';

 shipment_id | consignee_name        | postcode
-------------+-----------------------+----------
 ⟦NUM:100000-999999⟧      | ⟦B⟧    | ⟦NUM:10000-99999⟧
 ⟦NUM:100000-999999⟧      | ⟦C⟧    | ⟦NUM:10000-99999⟧

expected: ⟦A⟧, ⟦ADDR⟧
### logi-accident-report
Turn these notes into a formal vehicle accident report:
our driver ⟦A⟧ (lic ⟦DL⟧) reversing out of bay 4 at ⟦PLACE⟧ ⟦~⟧ retail park, hit parked car reg ⟦?KX19 TFA|YR68 PLU|WD21 OXN⟧. Owner ⟦B⟧ came out, exchanged details: ph ⟦PHONE⟧, address ⟦ADDR⟧, insurer ⟦?Aviva|Direct Line|Admiral⟧. No injuries. Witness ⟦C.f⟧ from the shop.
### logi-api-error-log
Our carrier integration broke overnight, what does this log say?

⟦TS⟧ ERROR carrier-sync POST https://api.carrier.example/v2/labels 401
⟦TS⟧ DEBUG headers={'Authorization': 'Bearer ⟦SEC:jwt⟧', 'X-Client-IP': '⟦IP⟧'}
⟦TS⟧ DEBUG body={"to": {"name": "⟦A⟧", "phone": "⟦PHONE⟧"}, "ref": "⟦ORDER⟧"}
⟦TS⟧ WARN  retry 3/3 failed, giving up (req ⟦REQ⟧)
### logi-pod-ocr
scanned proof of delivery, extract into fields pls

PROOF 0F DELIVERY     Consignment ⟦TRACK⟧
Delivered to: ⟦A.U⟧
Addr: ⟦ADDR⟧
Recelved by (print): ⟦B.U⟧      Sign: ~~~~
Date/time: ⟦DATE:week⟧  ⟦TIME⟧
Driver: ⟦C.UF⟧   Veh ⟦NUM:100-999⟧
### logi-zpl-label
This ZPL prints the address cut off, fix the field widths:

^XA
^FO50,50^A0N,40,40^FD⟦A⟧^FS
^FO50,100^A0N,30,30^FD⟦ADDR⟧^FS
^FO50,150^A0N,30,30^FDTel ⟦PHONE⟧^FS
^FO50,220^BCN,100,Y,N,N^FD⟦TRACK⟧^FS
^XZ
### logi-freight-invoice
Check this freight invoice against the PO, anything odd?

Invoice ⟦INV⟧ from Harbor Freight Brokers
Bill to: ⟦ORG⟧ plant, attn ⟦A⟧
Lanes: ⟦CITY:us⟧ -> ⟦CITY:us⟧ (FTL, 2 loads), ⟦AMT⟧ each
Fuel surcharge ⟦AMT:small⟧
Detention 3h at ⟦PLACE⟧ ⟦~⟧
Remit: ⟦?ACH|wire⟧ to acct ending ⟦NUM:1000-9999⟧
### logi-driver-warning-letter
Make this warning letter firmer but fair:

Dear ⟦A⟧,
On ⟦DATE⟧ the tracker showed vehicle ⟦NUM:10-99⟧ parked at ⟦ADDR⟧ for 2h15 during your route. Your supervisor ⟦B⟧ tried to call you on ⟦PHONE⟧. Please attend a meeting with ⟦B.f⟧ and ⟦C⟧ (HR) on ⟦DATE:fut⟧.
### logi-route-answer ans
Here's the re-ordered route for ⟦A⟧ (van ⟦NUM:10-99⟧), starting at the depot:

1. ⟦B⟧, ⟦ADDR⟧, 09:00-12:00 window
2. ⟦C⟧, ⟦ADDR⟧
3. ⟦D⟧, ⟦ADDR⟧, call ahead on ⟦PHONE⟧
4. ⟦E⟧, ⟦ADDR⟧, after 15:00

This saves about ⟦NUM:8-40⟧ km compared to the original order. ⟦D.f⟧'s stop is the only one with a strict window.
### logi-border-crew-list
Format the crew list for the border crossing at ⟦?Dover|Calais|Świecko|Kapitan Andreevo⟧ tomorrow:

1. ⟦A.UF⟧, born ⟦DOB⟧, passport ⟦PASS⟧, driver
2. ⟦B.UF⟧, born ⟦DOB⟧, passport ⟦PASS⟧, co-driver
Truck reg ⟦?WX 4821 K|PO 7K331|B-LN 9033⟧, trailer ⟦NUM:100-999⟧
Contact at destination: ⟦C⟧ ⟦PHONE:intl⟧
### logi-dispatch-call
Summarize this dispatch call (speech-to-text, may have errors):

DISPATCH: northgate dispatch this is ⟦A.f⟧
CALLER: hi yeah its ⟦B⟧ from the ⟦ORG⟧ store we had a pallet go to the wrong place
DISPATCH: ok whats the reference
CALLER: ⟦TRACK⟧ it went to ⟦ADDR⟧ instead of our back door
DISPATCH: right i'll get ⟦C.f⟧ to collect it, best number for you?
CALLER: ⟦PHONE⟧ ask for me or ⟦D.f⟧
### logi-returns-email
Reply to this return request, label attached:

Hi, I'm ⟦A⟧, order ⟦ORDER⟧. The boots are too small. Can you collect from ⟦ADDR⟧ any day except ⟦?Wednesday|Friday|Monday⟧? My mobile is ⟦PHONE⟧. Refund to the same card please (⟦?Visa|Mastercard⟧ ending ⟦NUM:1000-9999⟧). Thanks, ⟦A.f⟧
### logi-geocode-script
My geocoding script keeps hitting the quota, can you add backoff?

```python
import requests
API_KEY = "⟦SEC:gapi⟧"  # ⟦A.f⟧'s key, rotate after demo
addresses = [
    "⟦ADDR⟧",
    "⟦ADDR⟧",
]
for a in addresses:
    r = requests.get("https://maps.googleapis.com/maps/api/geocode/json", params={"address": a, "key": API_KEY})
    print(r.json()["status"])
```
### logi-forklift-certs
Which operators' forklift certificates expire before ⟦DATE:fut⟧?

⟦A⟧ | DOB ⟦DOB⟧ | cert RTITB-⟦NUM:10000-99999⟧ | exp ⟦DATE:fut⟧
⟦B⟧ | DOB ⟦DOB⟧ | cert RTITB-⟦NUM:10000-99999⟧ | exp ⟦DATE:fut⟧
⟦C⟧ | DOB ⟦DOB⟧ | cert RTITB-⟦NUM:10000-99999⟧ | exp ⟦DATE:fut⟧
⟦D⟧ | DOB ⟦DOB⟧ | cert RTITB-⟦NUM:10000-99999⟧ | exp ⟦DATE:fut⟧
### logi-rma-ticket
Classify this ticket and suggest next action.

Ticket ⟦TICKET⟧ · Priority P3 · Channel: web form
Customer: ⟦A⟧ (⟦A.e⟧)
"Scanner gun 12 at the ⟦CITY⟧ DC won't pair. Serial ⟦CODE⟧⟦NUM:1000-9999⟧, MAC ⟦MAC⟧. ⟦B.f⟧ tried resetting, still nothing. Can you send a replacement to ⟦C⟧ at the DC?"
### logi-yard-checkin
Make a clean yard log from the guard's notes:
⟦TIME⟧ trailer 5521 in, driver ⟦A.UL⟧ (lic ⟦DL⟧), carrier ⟦ORG⟧ Transport ⟦~⟧
⟦TIME⟧ trailer 5521 to door 14, spotter ⟦B.f⟧
⟦TIME⟧ visitor ⟦C⟧ for ⟦D.hon⟧ ⟦D.l⟧, badge V-⟦NUM:10-99⟧
⟦TIME⟧ trailer 8840 out, seal ⟦NUM:1000000-9999999⟧
""",
    )
)

# ===========================================================================
# English: school district
TEMPLATES.append(
    (
        "en",
        r"""
### sch-iep-summary cc=us
Summarize this IEP meeting for the parent letter (plain language, warm tone).

Student: ⟦A⟧   DOB: ⟦DOB:kid,us⟧   Grade: ⟦NUM:1-8⟧
Parent/guardian: ⟦B⟧, ⟦PHONE⟧, ⟦B.e⟧
Case manager: ⟦C.hon⟧ ⟦C.l⟧
Present: ⟦D⟧ (SLP), ⟦E⟧ (OT), ⟦F⟧ (gen ed teacher)
Goals: reading fluency 60 wcpm by ⟦DATE:fut⟧; pencil grip; self-advocacy
Accommodations: extended time, preferential seating, breaks
### sch-enrollment-ocr
This is an OCR of a handwritten enrollment form, please extract as JSON (student, parents, emergency contacts).

STUDENT ENROLLMENT FORM   School year 2025-26
Student legal name: ⟦A.U⟧     Preferred: ⟦A.f⟧
Birthdate: ⟦DOB:kid,num⟧   Place of birth: ⟦CITY⟧
Home address: ⟦ADDR⟧
Parent 1: ⟦B⟧   cell ⟦PHONE⟧   email ⟦B.e⟧
Parent 2: ⟦C⟧   cell ⟦PHONE⟧
Emergency contact (not parent): ⟦D⟧  ⟦PHONE⟧  relationship: ⟦?neighbor|grandparent|family friend⟧
Allergies: ⟦?none|peanuts|penicillin⟧
### sch-absence-thread
Help me answer this parent, attendance policy says 5+ unexcused = meeting.

From: ⟦A⟧ <⟦A.e⟧>
To: ⟦B.hon⟧ ⟦B.l⟧
Subject: Re: ⟦C.f⟧'s absences

Hi ⟦B.hon⟧ ⟦B.l⟧, ⟦C.f⟧ was sick ⟦?Monday and Tuesday|all last week|on Thursday⟧, I sent a note with ⟦C.his⟧ brother ⟦D.f:m⟧. I work nights so please call after 2pm on ⟦PHONE⟧.

> On ⟦DATE:long⟧, ⟦B⟧ wrote:
> Dear Parent/Guardian, our records show ⟦C⟧ (grade ⟦NUM:6-12⟧) has ⟦NUM:5-9⟧ unexcused absences.
### sch-roster-csv csv
Split this roster into two balanced reading groups (mix of levels):

student_id,last,first,dob,guardian_email,level
⟦NUM:100000-999999⟧,⟦A.l⟧,⟦A.f⟧,⟦DOB:kid,iso⟧,⟦B.e⟧,K
⟦NUM:100000-999999⟧,⟦C.l⟧,⟦C.f⟧,⟦DOB:kid,iso⟧,⟦D.e⟧,M
⟦NUM:100000-999999⟧,⟦E.l⟧,⟦E.f⟧,⟦DOB:kid,iso⟧,⟦F.e⟧,J
⟦NUM:100000-999999⟧,⟦G.l⟧,⟦G.f⟧,⟦DOB:kid,iso⟧,⟦H.e⟧,L
### sch-bus-route
Update the bus 14 route sheet, new student added (⟦A.f⟧). Keep stops in order.

Stop 1  ⟦ADDR⟧  6:52  riders: ⟦B.f⟧ ⟦?+ sister|⟧, ⟦C.f⟧
Stop 2  ⟦ADDR⟧  7:01  riders: ⟦D⟧
Stop 3  corner of ⟦PLACE⟧ & Oak ⟦~⟧ 7:08  riders: ⟦E.f⟧, ⟦F.f⟧
NEW: ⟦A⟧, ⟦ADDR⟧, parent ⟦G⟧ ⟦PHONE⟧, needs car seat
### sch-background-check cc=us
Fingerprint/background check request for a new substitute teacher. Is anything missing?

Full legal name: ⟦A.m⟧
Other names used: ⟦?maiden name|previous surname⟧ ⟦B.l⟧
SSN: ⟦SSN⟧
DOB: ⟦DOB:us⟧
Driver license: ⟦DL⟧ (⟦?CA|TX|OH|NY⟧)
Current address: ⟦ADDR⟧
### sch-report-comments
Write report card comments (2-3 sentences each, positive then one goal):
- ⟦A.f⟧: great at math facts, rushes reading
- ⟦B.f⟧: new this term, shy, helps others ⟦~⟧(Hope is the class hamster, ⟦B.f⟧ feeds her)
- ⟦C.f⟧: strong writer, talks during lessons
- ⟦D.f⟧: absent a lot, catching up well
### sch-behavior-incident
Write this up for the behavior log, neutral language:

⟦DATE:week⟧ lunch recess. ⟦A⟧ (gr ⟦NUM:3-5⟧) pushed ⟦B⟧ off the climbing frame after an argument about a ball. Duty staff ⟦C⟧ separated them. ⟦B.f⟧ has a scraped knee, nurse ⟦D.l⟧ cleaned it. Called ⟦A.f⟧'s mom ⟦E:f⟧ at ⟦PHONE⟧, left voicemail.
### sch-field-trip
Make a checklist from this permission slip data for the ⟦PLACE⟧ ⟦~⟧ trip:

⟦A⟧ - permission yes - EpiPen - emergency: ⟦B⟧ ⟦PHONE⟧
⟦C⟧ - permission yes - none - emergency: ⟦D⟧ ⟦PHONE⟧
⟦E⟧ - NO FORM YET - call ⟦F⟧ ⟦PHONE⟧
Chaperones: ⟦G⟧, ⟦H⟧
### sch-lunch-payment
A parent emailed their card details to the cafeteria inbox. Write a reply telling them not to do that and how to pay online.

"Please put $50 on ⟦A⟧'s lunch account. Card ⟦CARD⟧ exp ⟦NUM:1-12⟧/⟦NUM:26-30⟧ cvv ⟦NUM:100-999⟧. Billing zip ⟦NUM:10000-99999⟧. Thank you, ⟦B⟧"
### sch-teacher-slack
turn this slack thread into a short announcement for parents

⟦A⟧: snow day tomorrow confirmed by ⟦B.hon⟧ ⟦B.l⟧ 🎉
⟦C⟧: @⟦A⟧ are we doing remote lessons?
⟦A⟧: yes, meet links in classroom. wifi for anyone coming in to the building: ⟦SEC:wifi⟧
@dkim ⟦~⟧ can you ⟦~⟧grant ⟦D.f⟧ access to the shared drive
⟦D⟧: thanks!! will post the reading log by 9
### sch-chromebook-inventory
Which devices haven't checked in for 30 days? Make a list to send to homeroom teachers.

asset | assigned_to | mac | last_seen
CB-⟦NUM:1000-9999⟧ | ⟦A⟧ | ⟦MAC⟧ | ⟦DATE:past⟧
CB-⟦NUM:1000-9999⟧ | ⟦B⟧ | ⟦MAC⟧ | ⟦DATE⟧
CB-⟦NUM:1000-9999⟧ | ⟦C⟧ | ⟦MAC⟧ | ⟦DATE⟧
CB-⟦NUM:1000-9999⟧ | (unassigned) | ⟦MAC⟧ | ⟦DATE:past⟧
### sch-board-minutes
Draft minutes from this transcript excerpt of the board meeting.

PRESIDENT ⟦A.UL⟧: Item 6, the facilities bond. Superintendent?
SUPT. ⟦B.UL⟧: Thank you. The ⟦~⟧Lincoln Elementary roof is past its life...
TRUSTEE ⟦C.UL⟧: Can we see the bids from ⟦ORG⟧?
PUBLIC COMMENT - ⟦D⟧, ⟦ADDR⟧: My kids go to Lincoln and the gym leaks every time it rains.
PRESIDENT ⟦A.UL⟧: Thank you, ⟦D.hon⟧ ⟦D.l⟧. Motion by ⟦C.l⟧, second by ⟦E.l⟧. Passes 4-1.
### sch-counselor-note
Rewrite my counseling note in the standard format (DAP). Confidential.

Met with ⟦A⟧ (DOB ⟦DOB:teen⟧) at ⟦TIME⟧. Student reports conflict at home with ⟦A.his⟧ stepfather ⟦B:m⟧. Mother ⟦C:f⟧ aware. ⟦A.f⟧ denies self-harm. Plan: check-in weekly, refer to ⟦D⟧ (district social worker, ⟦PHONE⟧).
### sch-transcript-request cc=us
Process this transcript request from a former student:
Name at graduation: ⟦A⟧ (married name now ⟦B.l⟧)
DOB: ⟦DOB:us⟧   Last 4 SSN: ⟦NUM:1000-9999⟧
Graduated: ⟦NUM:1998-2015⟧
Send to: ⟦ORG⟧ University admissions
Contact: ⟦A.e⟧, ⟦PHONE⟧
Mailing: ⟦ADDR⟧
### sch-tutoring-schedule
Put this in a weekly grid (Mon-Fri, 3:15-4:15):
⟦A.hon⟧ ⟦A.l⟧ - math - Mon/Wed - ⟦B.f⟧, ⟦C.f⟧, ⟦D.f⟧
⟦E.hon⟧ ⟦E.l⟧ - reading - Tue/Thu - ⟦F.f⟧, ⟦G.f⟧
peer tutor ⟦H⟧ (gr 11) - Fri - open drop-in
### sch-parent-letter-answer ans
Dear ⟦A⟧,

Thank you for letting us know about ⟦B.f⟧'s allergy. I've updated ⟦B.his⟧ health record (DOB ⟦DOB:kid⟧) and shared the action plan with ⟦C.hon⟧ ⟦C.l⟧ and the cafeteria staff. The nurse, ⟦D⟧, will keep a spare EpiPen in the office.

If anything changes, please reply here or call me on my school cell, ⟦PHONE⟧.

Warm regards,
⟦E⟧
### sch-classroom-json json
{"model":"⟦MODEL⟧","messages":[{"role":"user","content":"Grade these two short answers out of 5.\n\nStudent: ⟦A⟧ (⟦A.e⟧)\nAnswer: photosynthesis makes food from sunlight\n\nStudent: ⟦B⟧ (⟦B.e⟧)\nAnswer: plants eat dirt\n\nTeacher: ⟦C⟧"}]}
### sch-sports-eligibility
Check age eligibility for U14 (born on or after Jan 1, 2012):
⟦A⟧ - ⟦DOB:teen⟧
⟦B⟧ - ⟦DOB:teen⟧
⟦C⟧ - ⟦DOB:teen⟧
⟦D⟧ - ⟦DOB:teen⟧ (transfer from ⟦PLACE⟧ ⟦~⟧)
coach: ⟦E⟧
### sch-volunteer-stipend cc=us
Prepare the stipend payment request for two parent volunteers (interpreters at conferences):
1. ⟦A⟧, ITIN ⟦ITIN⟧, ⟦ADDR⟧, 6 hrs
2. ⟦B⟧, SSN ⟦SSN⟧, ⟦ADDR⟧, 4 hrs
Approved by principal ⟦C⟧ on ⟦DATE⟧.
### sch-visitor-log
Any visitor here signed in without ID? (front office log, ⟦DATE:week⟧)
8:12  ⟦A⟧ - DL ⟦DL⟧ - visiting ⟦B.f⟧ (gr 2) - out 8:40
9:30  ⟦C⟧ - no ID - "for ⟦D.hon⟧ ⟦D.l⟧" - out 10:05
11:45 ⟦E⟧ - DL ⟦DL⟧ - pickup ⟦F.f⟧ early, dentist
### sch-sis-script
This script exports our SIS to the district dashboard, it fails on names with apostrophes. Fix?

```python
TOKEN = "⟦SEC:gh⟧"  # ⟦A⟧ made this, ask ⟦A.him⟧ before rotating
for s in students:
    sql = f"INSERT INTO kids VALUES ('{s.name}', '{s.dob}')"
    # e.g. s.name = "⟦B⟧", s.dob = "⟦DOB:kid,iso⟧"
    cur.execute(sql)
```
### sch-closure-teams
rewrite as a short text message for families:
"Hi all, ⟦A.f⟧ here. Due to the water main break on ⟦PLACE⟧ ⟦~⟧ the school is closed ⟦?tomorrow|Friday|Monday⟧. ⟦B⟧ will ⟦~⟧chase the district about makeup days. Grab-and-go lunch at the ⟦~⟧Grant Street entrance 11-1."
### sch-graduation-list
Check pronunciation notes for graduation names and flag any that look mistyped:
⟦A⟧ ("⟦?ah|eh⟧-⟦?LEE|NAH|SO⟧")
⟦B⟧
⟦C⟧ (hyphen: yes)
⟦D⟧
⟦E⟧ ⟦?(valedictorian)|⟧
⟦F⟧
""",
    )
)

# ===========================================================================
# English: bank branch
TEMPLATES.append(
    (
        "en",
        r"""
### bank-kyc-checklist cc=us
KYC review for a new account. Which items still need verification?

Customer: ⟦A.m⟧
DOB: ⟦DOB:us⟧
SSN: ⟦SSN⟧
ID: passport ⟦PASS:us⟧ (exp ⟦DATE:fut⟧) / DL ⟦DL⟧
Residential address: ⟦ADDR⟧
Phone: ⟦PHONE⟧   Email: ⟦A.e⟧
Employer: ⟦ORG⟧ ⟦~⟧(warehouse supervisor)
Source of funds: salary, gift from ⟦?a parent|a relative⟧, ⟦B⟧
### bank-wire-request
Customer wants to send an international wire. Draft the confirmation text I read back to them.

Sender: ⟦A⟧, account ending ⟦NUM:1000-9999⟧
Beneficiary: ⟦B⟧
Beneficiary IBAN: ⟦IBAN⟧
Beneficiary address: ⟦ADDR:ml⟧
Amount: ⟦AMT⟧   Purpose: ⟦?family support|tuition|property deposit|wedding costs⟧
Call-back number on file: ⟦PHONE⟧
### bank-card-dispute
Help me fill in the dispute form. Customer says they never made these purchases.

Cardholder: ⟦A⟧
Card: ⟦CARD⟧
Transactions disputed:
  ⟦DATE⟧  ⟦?WENDY'S #4471|MACY'S ONLINE|TRADER JOE'S #552|DENNY'S 0912⟧ ⟦~⟧  ⟦AMT⟧
  ⟦DATE⟧  ⟦?STEAMGAMES.COM|APPLE.COM/BILL|UBER *TRIP⟧  ⟦AMT⟧
Card was in customer's possession. Last legit use at ⟦ORG⟧ on ⟦DATE⟧.
Contact: ⟦PHONE⟧
### bank-loan-summary cc=us
Summarize this loan application for the credit committee in 5 bullets.

Applicants: ⟦A⟧ (SSN ⟦SSN⟧, DOB ⟦DOB:us⟧) and ⟦B⟧ (ITIN ⟦ITIN⟧, DOB ⟦DOB:us⟧)
Property: ⟦ADDR⟧
Purchase price ⟦AMT:big⟧, down payment ⟦AMT:big⟧
Income: ⟦A.f⟧ ⟦AMT⟧/yr at ⟦ORG⟧; ⟦B.f⟧ self-employed (catering)
Credit: 712 / 688
Loan officer: ⟦C⟧
### bank-complaint-email
Draft a reply. Be apologetic, offer a ⟦AMT:small⟧ goodwill credit.

From: ⟦A⟧ <⟦A.e⟧>
Subject: Appalling service at the ⟦PLACE⟧ branch ⟦~⟧

I waited 50 minutes to pay in a cheque and then ⟦B.f⟧ at the counter told me my ID wasn't valid, even though it was my passport (⟦PASS⟧)! I've banked with you since 1998. My account manager used to be ⟦C.hon⟧ ⟦C.l⟧, where has ⟦C.he⟧ gone?

⟦A⟧
⟦PHONE⟧
### bank-safe-deposit-log
Audit check: any safe deposit box access without a second key holder present?

| Date | Box | Customer | Staff | Co-signer |
|---|---|---|---|---|
| ⟦DATE⟧ | 112 | ⟦A⟧ | ⟦B.i⟧ | ⟦C⟧ |
| ⟦DATE⟧ | 087 | ⟦D⟧ | ⟦B.i⟧ | - |
| ⟦DATE⟧ | 112 | ⟦A⟧ | ⟦E.i⟧ | ⟦C⟧ |
| ⟦DATE⟧ | 240 | ⟦F⟧ | ⟦E.i⟧ | - |
### bank-sar-narrative
Rewrite this as a SAR narrative (who/what/when/where/why):

Customer ⟦A⟧ (DOB ⟦DOB⟧) received 14 incoming transfers between ⟦DATE⟧ and ⟦DATE⟧ from unrelated individuals incl. ⟦B⟧ and ⟦C⟧, each just under ⟦AMT⟧. Funds were moved same day to a crypto exchange, then to wallet ⟦CRYPTO⟧. Online banking logins from ⟦IP⟧ and ⟦IP⟧ (geolocates abroad). Branch staff ⟦D⟧ noted customer appeared nervous and was on the phone with someone giving instructions.
### bank-teller-chat
rewrite as a proper escalation to the branch manager:

⟦A.f⟧ [⟦TIME⟧]: customer ⟦B:f⟧ at window 3 wants to withdraw ⟦AMT⟧ cash, says it's for ⟦?a car|a builder|her grandson|her nephew⟧
⟦C.f⟧ [⟦TIME⟧]: how old?
⟦A.f⟧ [⟦TIME⟧]: born ⟦DOB:old⟧, very anxious, keeps checking her phone
⟦C.f⟧ [⟦TIME⟧]: stall, I'll come down. possible scam
### bank-standing-orders csv
Find the duplicate standing orders in this export:

payer,payer_iban,payee,payee_iban,amount,day
"⟦A⟧",⟦IBAN#1⟧,"⟦B⟧",⟦IBAN#2⟧,⟦AMT⟧,1
"⟦A⟧",⟦IBAN#1⟧,"⟦C⟧",⟦IBAN⟧,⟦AMT⟧,15
"⟦A⟧",⟦IBAN#1⟧,"⟦B⟧",⟦IBAN#2⟧,⟦AMT⟧,1
"⟦D⟧",⟦IBAN⟧,"⟦ORG⟧",⟦IBAN⟧,⟦AMT⟧,28
### bank-bereavement
Write a sympathetic letter to the executor explaining next steps for the accounts.

Deceased: ⟦A⟧, DOB ⟦DOB:old⟧, date of death ⟦DATE⟧
Accounts: current ⟦IBAN⟧; savings ⟦IBAN⟧
Executor: ⟦B⟧, ⟦ADDR:ml⟧
Funeral invoice from ⟦?Co-op Funeralcare|Dignity|A. Jenkins & Sons⟧ ⟦~⟧to be paid from the estate.
### bank-mortgage-call
Summarize this call for the CRM (mortgage arrears):

AGENT ⟦A.f⟧: Can I confirm your date of birth?
CUSTOMER: ⟦DOB:long⟧.
AGENT ⟦A.f⟧: And the first line of the address?
CUSTOMER: ⟦ADDR⟧
AGENT ⟦A.f⟧: Thanks ⟦B.hon⟧ ⟦B.l⟧. I see two missed payments.
CUSTOMER: Yes, my hours were cut at ⟦ORG⟧. My partner ⟦C⟧ starts a new job in ⟦?May|June|April⟧ ⟦~⟧so we can catch up after that.
### bank-core-sql sql
This query is slow on the core banking replica, any index suggestions?

SELECT c.cust_id, c.full_name, c.dob, a.iban
FROM customers c JOIN accounts a USING (cust_id)
WHERE c.full_name = '⟦A⟧' OR c.dob = '⟦DOB:iso⟧';

 cust_id |  full_name   |    dob     |          iban
---------+--------------+------------+------------------------
 ⟦NUM:100000-999999⟧ | ⟦A⟧ | ⟦DOB:iso⟧ | ⟦IBAN⟧
 ⟦NUM:100000-999999⟧ | ⟦B⟧ | ⟦DOB:iso⟧ | ⟦IBAN⟧
### bank-lockout-ticket
Customer locked out of online banking. Summarize and suggest whether to unlock.

Ticket ⟦TICKET⟧
User: ⟦A.u⟧ (⟦A⟧)
Failed logins: 6 between ⟦TS⟧ and ⟦TS⟧
Source IPs: ⟦IP⟧, ⟦IP⟧, ⟦IP6⟧
Device: ⟦?iPhone|Pixel 8|Galaxy S23⟧, new device fingerprint
Customer says ⟦A.he⟧ only tried twice. Mobile on file ⟦PHONE⟧.
### bank-itin-account cc=us
Can we open a checking account with these documents? Customer has no SSN.

Name: ⟦A⟧
ITIN: ⟦ITIN⟧
DOB: ⟦DOB:us⟧
Foreign passport: ⟦PASS:mx⟧ (Mexico)
Matrícula consular: ⟦NUM:10000000-99999999⟧
Address: ⟦ADDR⟧, proof: utility bill in ⟦B⟧'s name (spouse)
### bank-fraud-answer ans
Based on what you've shared, this looks like an authorised push payment scam:

- ⟦A⟧ was contacted by someone claiming to be from the bank's fraud team.
- ⟦A.He⟧ was asked to move ⟦AMT⟧ to a "safe account" with IBAN ⟦IBAN⟧.
- The caller knew ⟦A.his⟧ date of birth (⟦DOB⟧) and address (⟦ADDR⟧), which suggests a prior data leak.

Recommended: block the payee, report to the receiving bank, and call ⟦A.f⟧ back on the number on file (⟦PHONE⟧), not the one the caller gave.
### bank-poa-registration
Register this power of attorney on the account. What do I enter in each field?

Account holder: ⟦A⟧, DOB ⟦DOB:old⟧
Attorney(s): ⟦B⟧ (DOB ⟦DOB⟧, ⟦ADDR⟧) and ⟦C⟧, acting jointly and severally
Document ref ⟦NUM:1000000-9999999⟧, registered ⟦DATE:past⟧
Attorney ID seen: ⟦B.f⟧ - driving licence ⟦DL⟧; ⟦C.f⟧ - passport ⟦PASS⟧
### bank-atm-journal
Explain this ATM journal excerpt, customer says the machine kept the card:

⟦TS⟧ CARD INSERTED ************⟦NUM:1000-9999⟧
⟦TS⟧ PIN OK
⟦TS⟧ WITHDRAWAL ⟦AMT⟧ REQUESTED
⟦TS⟧ NOTES PRESENTED
⟦TS⟧ CARD RETAINED - TIMEOUT
⟦TS⟧ OPERATOR NOTE (⟦A.f⟧): retained card is ⟦CARD⟧, name on card ⟦B.U⟧
### bank-business-onboarding
Business account onboarding: list the beneficial owners with the data we hold.

Company: ⟦ORG⟧ Trading Ltd ⟦~⟧(no relation to the brand)
Director 1: ⟦A⟧, DOB ⟦DOB⟧, passport ⟦PASS⟧, 60%
Director 2: ⟦B⟧, DOB ⟦DOB⟧, passport ⟦PASS⟧, 40%
Registered office: ⟦ADDR⟧
Contact: ⟦A.e⟧ / ⟦PHONE⟧
### bank-vault-memo
Rewrite this memo so it doesn't leak anything if forwarded:

"Team, from ⟦?Monday|tomorrow⟧ the vault combination is ⟦SEC:pin⟧-⟦SEC:pin⟧ and the alarm PIN for the side door is ⟦SEC:pin⟧. Only ⟦A.f⟧, ⟦B.f⟧ and I have these. Dual control still applies. - ⟦C⟧, Branch Manager"
### bank-crypto-withdrawal
Customer is asking why their transfer to a crypto exchange was blocked. Write a response.

Customer: ⟦A⟧ (⟦A.e⟧)
Attempted: ⟦AMT⟧ to ⟦ORG⟧ Digital ⟦~⟧Assets (exchange), ref "deposit for wallet ⟦ETH⟧"
Previous: 3 transfers this month, wallet ⟦BTC⟧
Block reason: rule CRY-07 velocity
### bank-kyc-api json
{"model":"⟦MODEL⟧","messages":[{"role":"system","content":"Explain KYC API errors to branch staff."},{"role":"user","content":"POST /kyc/v3/verify returned 422. Request was {\"first_name\":\"⟦A.f⟧\",\"last_name\":\"⟦A.l⟧\",\"dob\":\"⟦DOB:iso⟧\",\"address\":\"⟦ADDR⟧\",\"document\":{\"type\":\"passport\",\"number\":\"⟦PASS⟧\"}}. What's wrong?"}]}
### bank-change-address
Customer changed address by phone. Check the note is complete.

⟦DATE:week⟧ ⟦TIME⟧ - inbound call - ⟦A⟧ passed ID&V (DOB ⟦DOB⟧, last txn ⟦AMT⟧)
Old address: ⟦ADDR⟧
New address: ⟦ADDR:ml⟧
New mobile: ⟦PHONE⟧ (old one lost)
Handled by ⟦B⟧
### bank-branch-huddle
make a short summary of this morning huddle for staff who were off:
- ⟦A.f⟧ is covering the mortgage desk until ⟦B.f⟧ is back from leave
- remind customers ⟦~⟧Chase is NOT us, the phishing texts say "Chase alert" ⟦~⟧
- ⟦C⟧ from the regional team visits ⟦?Thursday|Wednesday⟧
- coffee machine code is ⟦SEC:pin⟧ (don't tell ⟦D.f⟧ from IT, joke)
### bank-overdraft-letter ans
Dear ⟦A.hon⟧ ⟦A.l⟧,

We have reviewed your request to extend the arranged overdraft on account ⟦IBAN⟧. We're pleased to confirm a new limit of ⟦AMT⟧ from ⟦DATE:fut⟧.

This letter was sent to ⟦ADDR:ml⟧. If that's not your current address, please contact your branch.

Yours sincerely,
⟦B⟧
Personal Banking Manager
""",
    )
)

# ===========================================================================
# English: software startup
TEMPLATES.append(
    (
        "en",
        r"""
### dev-env-file
why is my app still hitting the staging DB? here's my .env

```
APP_ENV=production
DATABASE_URL=postgres://app:⟦SEC:dbpw⟧@⟦IP⟧:5432/brightloop
REDIS_URL=redis://:⟦SEC:dbpw⟧@⟦HOST⟧:6379/0
STRIPE_SECRET_KEY=⟦SEC:stripe⟧
OPENAI_API_KEY=⟦SEC:openai⟧
SENTRY_DSN=https://⟦SEC:hex⟧@o⟦NUM:100000-999999⟧.ingest.sentry.io/⟦NUM:1000000-9999999⟧
ADMIN_EMAIL=⟦A.e⟧
```
### dev-stacktrace
What's causing this? Happens only for some users.

```
Traceback (most recent call last):
  File "/app/api/users.py", line 88, in update_profile
    user.birthday = parse_date(payload["birthday"])
ValueError: time data '⟦DOB⟧' does not match format '%Y-%m-%d'
request_id=⟦REQ⟧ user_id=⟦NUM:1000-99999⟧ email=⟦A.e⟧ ip=⟦IP⟧
```
### dev-commit-trailers
Write a changelog entry from these commits:

⟦SHA⟧ fix: handle empty cart on checkout (#⟦NUM:100-999⟧)

Co-authored-by: ⟦A⟧ <⟦A.e⟧>
Signed-off-by: ⟦B⟧ <⟦B.e⟧>

⟦SHA⟧ feat: add Polish translations

Reviewed-by: ⟦C⟧ <⟦C.e⟧>
### dev-github-issue
Can you help me reply to this GitHub issue? The user pasted a live token.

> **Bug: webhook retries forever** (opened by @⟦USER⟧)
> Version ⟦VER⟧. My config:
> ```yaml
> webhook:
>   url: https://hooks.example.com/in
>   token: ⟦SEC:gh⟧
>   owner_email: ⟦A.e⟧
> ```
> cc @⟦USER⟧
### dev-users-dump sql
I need a migration that splits full_name into first/last. Sample rows:

INSERT INTO users (id, full_name, email, birthdate, signup_ip) VALUES
(⟦NUM:1-999⟧, '⟦A⟧', '⟦A.e⟧', '⟦DOB:iso⟧', '⟦IP⟧'),
(⟦NUM:1000-1999⟧, '⟦B⟧', '⟦B.e⟧', '⟦DOB:iso⟧', '⟦IP⟧'),
(⟦NUM:2000-2999⟧, '⟦C.lf⟧', '⟦C.e⟧', NULL, '⟦IP6⟧');
### dev-k8s-secret
Is it OK to commit this? (asking for a friend 😅)

```yaml
apiVersion: v1
kind: Secret
metadata:
  name: payments-api
  annotations:
    owner: ⟦A.e⟧
stringData:
  STRIPE_KEY: ⟦SEC:stripe⟧
  DB_PASSWORD: ⟦SEC:pw⟧
  SENDGRID_API_KEY: ⟦SEC:sg⟧
```
### dev-nginx-log
Which client is hammering /api/login? Last 6 lines of access.log:

⟦IP⟧ - - [⟦TS⟧] "POST /api/login HTTP/1.1" 401 53 "-" "python-requests/2.31"
⟦IP⟧ - - [⟦TS⟧] "POST /api/login HTTP/1.1" 401 53 "-" "python-requests/2.31"
⟦IP#x⟧ - - [⟦TS⟧] "GET /dashboard HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
⟦IP#y⟧ - - [⟦TS⟧] "POST /api/login HTTP/1.1" 401 53 "-" "curl/8.4.0"
⟦IP#y⟧ - - [⟦TS⟧] "POST /api/login HTTP/1.1" 401 53 "-" "curl/8.4.0"
⟦IP#y⟧ - - [⟦TS⟧] "POST /api/login?user=⟦A.e⟧ HTTP/1.1" 429 12 "-" "curl/8.4.0"
### dev-incident-slack
write a postmortem timeline from this slack channel

⟦A⟧  ⟦TIME⟧
@channel checkout is 500ing, looking

⟦B⟧  ⟦TIME⟧
@⟦A⟧ it's the new ⟦~⟧Kafka consumer, lag is huge. rolling back ⟦VER⟧

⟦C⟧  ⟦TIME⟧
customers emailing support, e.g. ⟦D⟧ (⟦D.e⟧) lost an order worth ⟦AMT⟧

⟦A⟧  ⟦TIME⟧
rollback done. thx @⟦B⟧ 🙏 and @⟦USER⟧ for the pager
### dev-code-review
Review this PR diff, anything concerning?

```diff
+ # quick hack for ⟦A.f⟧'s demo tomorrow - remove!!
+ AWS_ACCESS_KEY_ID = "⟦SEC:aws⟧"
+ AWS_SECRET_ACCESS_KEY = "⟦SEC:awss⟧"
+ s3 = boto3.client("s3", region_name="eu-west-1")
- def upload(path):
+ def upload(path, owner="⟦B.e⟧"):
```
### dev-support-export json
{"model":"⟦MODEL⟧","messages":[{"role":"system","content":"Classify support tickets by product area."},{"role":"user","content":"[{\"id\":⟦NUM:1000-9999⟧,\"from\":\"⟦A.e⟧\",\"name\":\"⟦A⟧\",\"body\":\"can't connect my ⟦~⟧Alexa to the app\"},{\"id\":⟦NUM:1000-9999⟧,\"from\":\"⟦B.e⟧\",\"name\":\"⟦B⟧\",\"body\":\"charged twice, card ⟦CARD⟧\"},{\"id\":⟦NUM:1000-9999⟧,\"from\":\"⟦C.e⟧\",\"name\":\"⟦C⟧\",\"body\":\"please delete my account\"}]"}]}
### dev-terraform
terraform plan shows it wants to recreate the DB, why?

```hcl
resource "aws_db_instance" "main" {
  identifier        = "brightloop-prod"
  username          = "admin"
  password          = "⟦SEC:pw⟧"  # TODO move to secrets manager (⟦A.f⟧)
  allocated_storage = 100
  tags = { owner = "⟦A.e⟧", cost_center = "⟦NUM:1000-9999⟧" }
}
```
### dev-docker-compose
Containers can't talk to each other. compose file:

```yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ⟦SEC:dbpw⟧
  api:
    build: .
    environment:
      DATABASE_URL: postgres://postgres:⟦SEC:dbpw⟧@localhost:5432/app
      HF_TOKEN: ⟦SEC:hf⟧
```
### dev-onboarding-email
Rewrite this onboarding email so we don't send passwords in plain text anymore:

Hi ⟦A.f⟧, welcome to Brightloop! 🎉
Your laptop is ready at the front desk (ask ⟦B⟧).
Google Workspace: ⟦A.e⟧ / temp password ⟦SEC:pw⟧
VPN: same login, MFA setup code ⟦SEC:totp⟧
Your buddy for week one is ⟦C⟧. Standup is at 9:45 in the ⟦~⟧Jupyter room.
### dev-mac-allowlist
Convert this device allowlist to the new JSON format (array of {owner, mac, ip}):

# owner          mac                 reserved ip
⟦A.u⟧        ⟦MAC⟧   ⟦IP⟧
⟦B.u⟧        ⟦MAC⟧   ⟦IP⟧
printer-2f     ⟦MAC⟧   ⟦IP⟧
⟦C⟧ (contractor) ⟦MAC⟧  ⟦IP⟧
### dev-stripe-webhook json
{"model":"⟦MODEL⟧","messages":[{"role":"user","content":"Our webhook handler crashes on this event, why?\n{\"type\":\"checkout.session.completed\",\"data\":{\"object\":{\"customer_details\":{\"name\":\"⟦A⟧\",\"email\":\"⟦A.e⟧\",\"phone\":\"⟦PHONE:intl⟧\",\"address\":{\"line1\":\"⟦ADDR⟧\"}},\"amount_total\":⟦NUM:500-90000⟧,\"currency\":\"usd\",\"payment_method_details\":{\"card\":{\"last4\":\"⟦NUM:1000-9999⟧\"}}}}}"}]}
### dev-jira-ticket
Estimate this ticket and split into subtasks:

⟦?APP|WEB|API⟧-⟦NUM:100-999⟧: Export user data (GDPR)
Reporter: ⟦A⟧ · Assignee: ⟦B⟧ · Sprint 42
As a user I want to download my data. Example user for testing: ⟦C⟧ (⟦C.e⟧, signed up ⟦DATE:past⟧ from ⟦IP⟧).
Acceptance: zip contains profile, orders, and login history.
### dev-test-fixture
These tests fail in CI but pass locally. Fixture below:

```python
@pytest.fixture
def customer():
    return Customer(
        name="⟦A⟧",
        email="⟦A.e⟧",
        dob=date.fromisoformat("⟦DOB:iso⟧"),
        phone="⟦PHONE⟧",
        wallet="⟦ETH⟧",
    )
```
### dev-postmortem
Make this postmortem blameless; right now it reads like we're blaming ⟦A.f⟧.

Summary: on ⟦DATE⟧ ⟦A⟧ ran a migration against prod instead of staging. 3,212 rows in `users` lost their email. Restored from backup by ⟦B⟧ at ⟦TIME⟧. Customers affected incl. ⟦C⟧ (⟦C.e⟧) who escalated to ⟦D.hon⟧ ⟦D.l⟧, our CEO.
### dev-curl
This curl works but the same call from Node returns 403, what's different?

curl -X POST https://api.brightloop.io/v1/invite \
  -H "Authorization: Bearer ⟦SEC:key⟧" \
  -H "Content-Type: application/json" \
  -d '{"email":"⟦A.e⟧","name":"⟦A⟧","role":"admin"}'
### dev-ssh-config
ssh keeps asking for a password for the db box, config:

Host bastion
  HostName ⟦IP⟧
  User ⟦A.u⟧
  IdentityFile ~/.ssh/id_ed25519
Host db
  HostName ⟦IP⟧
  ProxyJump bastion
  # password fallback: ⟦SEC:pw⟧ (⟦B.f⟧ set this, ask before changing)
### dev-crash-report
Symbolicate this crash? Device info from the report:

Incident Identifier: ⟦UUID⟧
Hardware Model:      iPhone15,2
Device Name:         ⟦A.f⟧'s iPhone
OS Version:          iOS 17.⟦NUM:1-6⟧
User email (from app): ⟦A.e⟧
Exception Type:  EXC_BAD_ACCESS (SIGSEGV)
### dev-analytics-event
Is it OK to store this analytics event as-is? Legal asked me to check.

{"event":"signup_completed","ts":"⟦TS:iso⟧","anonymous_id":"⟦UUID⟧","ip":"⟦IP⟧","traits":{"email":"⟦A.e⟧","name":"⟦A⟧","birthday":"⟦DOB:iso⟧","plan":"pro"}}
### dev-gdpr-delete
Customer wants deletion. Which tables do I need to touch? Here's what I found:

users: id ⟦NUM:1000-9999⟧, ⟦A⟧, ⟦A.e⟧
addresses: ⟦ADDR⟧
payment_methods: fingerprint ⟦HASH⟧, last4 ⟦NUM:1000-9999⟧
login_events: 212 rows, last from ⟦IP⟧
support_tickets: 2 (handled by ⟦B.f⟧)
### dev-config-answer ans
The problem is that `DATABASE_URL` points at ⟦IP⟧, which is the staging replica, and the password `⟦SEC:dbpw⟧` is the staging one. In production it should come from the secrets manager.

Also, you've committed a live key (`⟦SEC:stripe⟧`). Rotate it now and ask ⟦A⟧ to check the Stripe logs for unexpected charges. I'd also remove ⟦B.e⟧ from the repo README.
### dev-regex-help
write a python regex that catches phone numbers like these in our logs:
⟦PHONE:us⟧
⟦PHONE:gb⟧
⟦PHONE:de⟧
but NOT order ids like ⟦ORDER⟧ or versions like ⟦VER⟧
### dev-web3-test
Our contract test fails with "invalid address checksum". Test:

```js
it("pays out to the creator", async () => {
  const creator = "⟦ETH⟧"; // ⟦A.f⟧'s test wallet
  const fan = "⟦ETH⟧";
  await market.connect(fanSigner).buy(1, { value: parseEther("0.1") });
  expect(await market.balanceOf(creator)).to.equal(parseEther("0.095"));
});
```
### dev-standup-notes
clean up my standup notes into bullets:
yday: paired w/ ⟦A.f⟧ on the ⟦~⟧Ruby upgrade, fixed ⟦B.f⟧'s flaky test
today: review ⟦C⟧'s PR, call with ⟦D⟧ from ⟦ORG⟧ (customer) about SSO
blocked: need prod creds, ⟦E.f⟧ said to use the vault, token ⟦SEC:key⟧ doesnt work
""",
    )
)

# ===========================================================================
# English: hotel chain
TEMPLATES.append(
    (
        "en",
        r"""
### hotel-pms-reservation json
{"model":"⟦MODEL⟧","messages":[{"role":"system","content":"You help Hotel Aurelia front desk staff."},{"role":"user","content":"Guest says the booking is wrong. PMS record: {\"conf\":\"⟦CODE⟧\",\"guest\":{\"first\":\"⟦A.f⟧\",\"last\":\"⟦A.l⟧\",\"email\":\"⟦A.e⟧\",\"phone\":\"⟦PHONE:intl⟧\",\"dob\":\"⟦DOB:iso⟧\"},\"arrival\":\"2025-03-⟦NUM:17-28⟧\",\"nights\":⟦NUM:1-7⟧,\"room_type\":\"DBL\",\"rate\":\"BAR\",\"card_on_file\":\"⟦CARD⟧\"}. What should I check?"}]}
### hotel-guest-complaint
Write a warm reply, offer a complimentary night.

Subject: Room 412 - noise and a broken safe
From: ⟦A⟧ <⟦A.e⟧>

We stayed ⟦DATE⟧ to ⟦DATE⟧. The safe wouldn't open with our code (⟦SEC:pin⟧) and the night manager, ⟦B.f⟧ I think, took 40 minutes to come. The wedding party next door was loud until 3am. My husband ⟦C:m⟧ has a heart condition and didn't sleep at all.
### hotel-registration-card-ocr
extract the guest registration card (scanned, OCR) into the police registration format

HOTEL AURELIA - GUEST REGISTRATI0N
Surname: ⟦A.UL⟧        Given names: ⟦A.f⟧
Date of birth: ⟦DOB:num⟧      Nationality: ⟦?GERMAN|FRENCH|BRAZILIAN|JAPANESE|KOREAN|INDIAN⟧
Passport / ID no.: ⟦PASS⟧
Home address: ⟦ADDR⟧
Arrival: ⟦DATE:week⟧   Departure: ⟦DATE:fut⟧   Room: ⟦NUM:101-899⟧
Accompanied by: ⟦B.U⟧ (DOB ⟦DOB:num⟧)
### hotel-night-audit
Summarize the night audit exceptions for the GM:

1. Room 318 ⟦A⟧ - card ⟦CARD⟧ declined for incidentals, guest says will pay cash at checkout
2. Room 502 ⟦B⟧ - no-show, charged 1 night ⟦AMT:small⟧ to ⟦CARD⟧
3. Room 215 walk-in ⟦C⟧, paid cash, ID: DL ⟦DL⟧
4. Minibar posting error room 140 (⟦D.hon⟧ ⟦D.l⟧), reversed by ⟦E.f⟧
### hotel-rooming-list csv
Match this rooming list to our block. Who is sharing with whom?

last_name,first_name,arrival,departure,sharing_with,notes
⟦A.l⟧,⟦A.f⟧,⟦DATE:iso⟧,⟦DATE:iso⟧,⟦B⟧,vegetarian
⟦B.l⟧,⟦B.f⟧,⟦DATE:iso⟧,⟦DATE:iso⟧,⟦A⟧,
⟦C.l⟧,⟦C.f⟧,⟦DATE:iso⟧,⟦DATE:iso⟧,,accessible room
⟦D.l⟧,⟦D.f⟧,⟦DATE:iso⟧,⟦DATE:iso⟧,⟦E⟧,late arrival ~23:00
### hotel-housekeeping-chat
summarize open issues from the housekeeping group chat:

[⟦TIME⟧] ⟦A.f⟧: 412 DND all day, guest ⟦B.hon⟧ ⟦B.l⟧ asked for towels at the door only
[⟦TIME⟧] ⟦C.f⟧: 233 found a wallet under the bed, ID says ⟦D⟧, gave it to front desk
[⟦TIME⟧] ⟦E.f⟧: laundry room code changed to ⟦SEC:door⟧ fyi
[⟦TIME⟧] ⟦A.f⟧: 508 early checkout, ⟦F.f⟧ can you do it first
### hotel-wifi-codes
Make a neat table I can print for the front desk:
Lobby wifi: Aurelia-Lobby / ⟦SEC:wifi⟧
Conference rooms: Aurelia-Events / ⟦SEC:wifi⟧
Staff: Aurelia-Staff / ⟦SEC:wifi⟧ (do NOT give to guests, ask ⟦A.f⟧ if unsure)
### hotel-lost-property
Draft an email to the guest about their lost item:

Item: grey ⟦?Lacoste|Hugo Boss|Ralph Lauren⟧ ⟦~⟧sweater, found room 306 on ⟦DATE⟧
Guest: ⟦A⟧, stayed ⟦DATE⟧ - ⟦DATE⟧
Email: ⟦A.e⟧  Phone: ⟦PHONE⟧
Home address for postage: ⟦ADDR:ml⟧
Postage cost ⟦AMT:small⟧, guest to pay by link
### hotel-vip-arrivals
Make a VIP arrivals briefing for tomorrow's morning meeting:

- ⟦A⟧ (platinum, 40+ stays), suite 901, prefers feather-free pillows, birthday ⟦DOB:long⟧ so it's this week, arrange cake
- ⟦B.hon⟧ ⟦B.l⟧ + ⟦C⟧, honeymoon, arriving by car from ⟦PLACE⟧ ⟦~⟧
- ⟦D⟧, speaker at the ⟦ORG⟧ ⟦~⟧conference, needs early check-in, PA is ⟦E⟧ ⟦PHONE⟧
### hotel-chargeback
Build a chargeback rebuttal from this info:

Guest: ⟦A⟧
Card: ⟦CARD⟧
Stay: ⟦DATE⟧ to ⟦DATE⟧, room ⟦NUM:100-899⟧, total ⟦AMT⟧
Reason code 13.1 (services not provided)
Evidence: signed reg card, key card log shows entry 14 times, minibar consumption, restaurant bill signed "⟦A.l⟧"
Guest email at booking: ⟦A.e⟧, IP at booking ⟦IP⟧
### hotel-review-reply ans
Dear ⟦A.f⟧,

Thank you for taking the time to review your stay in ⟦?March|February|January⟧. I'm sorry the air conditioning in your room let you down. I've shared your comments with our chief engineer, ⟦B⟧, and with ⟦C.f⟧ at the front desk, who I know tried hard to move you.

We'd love to welcome you back. ⟦?Please write to me directly|Do contact me personally⟧ at ⟦D.e⟧ and I'll arrange an upgrade.

Warm regards,
⟦D⟧
General Manager
### hotel-police-report-list
Format the foreign guest list for tonight's police registration upload (name;DOB;passport;nationality):

⟦A⟧ ⟦DOB⟧ ⟦PASS:de⟧ DEU
⟦B⟧ ⟦DOB⟧ ⟦PASS:fr⟧ FRA
⟦C⟧ ⟦DOB⟧ ⟦PASS:jp⟧ JPN
⟦D⟧ ⟦DOB⟧ ⟦PASS:br⟧ BRA
### hotel-staff-schedule
Make a rota for reception next week from these availabilities:
⟦A.f⟧ - any except ⟦~⟧Sunday
⟦B⟧ - mornings only (school run)
⟦C.f⟧ - nights ok
⟦D⟧ (new, shadowing ⟦C.f⟧)
Manager on duty rotation: ⟦E.l⟧ / ⟦F.l⟧
### hotel-wedding-enquiry
Draft a proposal email for this wedding enquiry:

Couple: ⟦A⟧ & ⟦B⟧
Contact: ⟦A.e⟧, ⟦PHONE⟧
Date: ⟦DATE:fut⟧ (flexible)
Guests: ~⟦NUM:60-180⟧, ceremony + dinner + dance
Budget ⟦AMT⟧
Note: ⟦B.f⟧'s grandmother ⟦C⟧ uses a wheelchair
### hotel-safe-reset-log
Explain these safe audit entries to the guest who says someone opened their safe:

Room 617 safe audit:
⟦TS⟧ OPEN user code ⟦SEC:pin⟧
⟦TS⟧ CLOSE
⟦TS⟧ OPEN master (staff ⟦A.u⟧)
⟦TS⟧ CLOSE
Guest: ⟦B⟧. Staff ⟦A⟧ says it was the battery change requested by ⟦B.f⟧.
### hotel-loyalty-merge
Merge these two loyalty profiles? Same person?

Profile 1: ⟦A⟧, ⟦A.e⟧, DOB ⟦DOB#d⟧, ⟦PHONE#p⟧, member since 2016
Profile 2: ⟦A.lf⟧, ⟦EMAIL⟧, DOB ⟦DOB#d⟧, ⟦PHONE#p⟧, member since ⟦NUM:2019-2024⟧
### hotel-concierge-requests
Help me prioritise today's concierge requests:
- ⟦A.hon⟧ ⟦A.l⟧ (712): 2 tickets ⟦PLACE⟧ ⟦~⟧show tonight
- ⟦B⟧ (305): table for 6 at 8pm, not ⟦ORG⟧ ⟦~⟧please
- ⟦C.f⟧ in 1010: airport car 5am, flight ⟦?BA117|LH401|AF009|EK201⟧, mobile ⟦PHONE⟧
- ⟦D⟧: ⟦?flowers|champagne|cake⟧ for ⟦E.f⟧, anniversary
### hotel-shuttle-manifest
Sort the shuttle manifest by flight time:
⟦A⟧ | ⟦?UA 902|DL 44|AA 100⟧ | 06:10 | ⟦PHONE⟧
⟦B⟧ | ⟦?BA 283|VS 20⟧ | 09:45 | ⟦PHONE⟧
⟦C⟧ + 2 kids | ⟦?LH 455|LX 40⟧ | 07:30 | ⟦PHONE⟧
⟦D⟧ | ⟦?AF 83|KL 605⟧ | 12:05 |
### hotel-reservation-call
Summarize the call and tell me what to enter in the PMS:
AGENT: Aurelia reservations, ⟦A.f⟧ speaking.
GUEST: Hi, I'd like to book two nights for ⟦?the 14th|next Friday|the weekend⟧. Name is ⟦B⟧.
AGENT: Certainly. Can I take a card to guarantee?
GUEST: ⟦CARD⟧, expiry ⟦NUM:1-12⟧/⟦NUM:26-30⟧.
AGENT: And a contact number?
GUEST: ⟦PHONE⟧. Oh and my colleague ⟦C⟧ needs a room too.
### hotel-door-lock-log
Security asked who entered 1102 on ⟦DATE:week⟧. Lock log:
⟦TS⟧ KEY guest card #⟦NUM:10000-99999⟧ (⟦A⟧) GRANTED
⟦TS⟧ KEY staff ⟦B.u⟧ GRANTED
⟦TS⟧ KEY guest card #⟦NUM:10000-99999⟧ DENIED expired
Encoder ⟦MAC⟧ at ⟦IP⟧, operator ⟦C⟧
### hotel-confirmation-answer ans
Here's a draft confirmation:

Dear ⟦A.hon⟧ ⟦A.l⟧,
Thank you for choosing Hotel Aurelia ⟦CITY⟧. Your reservation ⟦CODE⟧ is confirmed for ⟦NUM:1-6⟧ nights from ⟦DATE:long⟧.
Guests: ⟦A⟧ and ⟦B⟧
Guaranteed by card ending ⟦NUM:1000-9999⟧.
Check-in from 3 pm. Reply to this email if you need a cot or parking.
### hotel-banquet-beo
Turn this into a banquet event order:
Client ⟦A⟧ for ⟦ORG⟧ ⟦~⟧(pharma, no alcohol on the invoice)
⟦DATE:fut⟧, Ballroom B, 80 pax, lunch 12:30
On-site contact ⟦B⟧ ⟦PHONE⟧
Dietary: 6 veg, 2 halal, 1 nut allergy (⟦C⟧)
### hotel-guest-injury
Write an incident report from this. Guest slipped at the pool.

⟦DATE:week⟧ approx ⟦TIME⟧. ⟦A⟧ (room ⟦NUM:100-899⟧, DOB ⟦DOB⟧) slipped on the wet tiles by the pool bar. Lifeguard ⟦B⟧ gave first aid, ice pack. Witness: ⟦C⟧, staying in ⟦NUM:100-899⟧, phone ⟦PHONE⟧. Guest declined ambulance. Duty manager ⟦D.f⟧ informed.
### hotel-group-invoice
Split this group invoice by guest, each pays own incidentals:

Master account: ⟦ORG⟧ offsite
⟦A⟧ room 301: bar ⟦AMT:small⟧, spa ⟦AMT:small⟧
⟦B⟧ room 302: bar ⟦AMT:small⟧
⟦C⟧ room 303: room service ⟦AMT:small⟧, movie ⟦AMT:small⟧
Billing contact: ⟦D⟧ <⟦D.e⟧>
""",
    )
)

# ===========================================================================
# English: city council
TEMPLATES.append(
    (
        "en",
        r"""
### council-foi-redact
I need to respond to an FOI request with this email chain. Tell me what to redact.

From: ⟦A⟧ <⟦A.e⟧> (Planning Officer)
To: ⟦B⟧ <⟦B.e⟧>
Re: Application 24/0⟦NUM:1000-9999⟧/FUL - ⟦ADDR⟧

⟦B.f⟧, the applicant ⟦C⟧ rang again (⟦PHONE⟧). ⟦C.He⟧'s threatening to go to the press. Cllr ⟦D.l⟧ is also asking.
### council-planning-objections
Summarize these objection letters into themes (parking, overlooking, noise):

1. ⟦A⟧, ⟦ADDR⟧: "the extension will block light to our kitchen"
2. ⟦B⟧ and ⟦C⟧, ⟦ADDR⟧: "parking on ⟦PLACE⟧ is already impossible" ⟦~⟧
3. ⟦D⟧, ⟦ADDR⟧: "overlooks my daughter's bedroom"
4. Anonymous (no address given): "the applicant is a builder and will run a business from home"
### council-parking-appeal cc=gb
Draft a decision letter for this parking appeal (reject, the signs were clear):

PCN ⟦CODE⟧⟦NUM:1000-9999⟧ · Vehicle ⟦?AB12 CDE|LM68 XYZ|FT21 KPO⟧
Appellant: ⟦A⟧, ⟦ADDR⟧
Driving licence: ⟦DL:gb⟧
Grounds: "I was only there 5 minutes dropping off my mum ⟦B:f⟧ who is disabled"
Photos show 14 minutes. Officer: ⟦C.u⟧
### council-housing-benefit cc=gb
Check this housing benefit change-of-circumstances form for missing info:

Claimant: ⟦A⟧   DOB ⟦DOB⟧
Partner: ⟦B⟧    DOB ⟦DOB⟧
Address: ⟦ADDR:ml⟧
New job: ⟦ORG⟧ ⟦~⟧from ⟦DATE⟧, ⟦AMT⟧ per week
Rent paid to: ⟦C⟧ (landlord)
Bank for payments: ⟦IBAN:gb⟧
### council-meeting-minutes
Write formal minutes from this transcript (cabinet meeting, ⟦DATE:week⟧):

CHAIR (Cllr ⟦A.l⟧): Item 4, the leisure centre closure.
Cllr ⟦B⟧: I want it minuted that residents weren't consulted.
OFFICER ⟦C⟧: A consultation ran from ⟦DATE⟧ for six weeks.
Cllr ⟦B.l⟧: Online only! My ward has people like ⟦D.hon⟧ ⟦D.l⟧ who is 91.
CHAIR: Noted. ⟦~⟧Will the officer circulate the numbers? Vote: 5 for, 2 against.
### council-pothole-reports
Group these pothole reports by street and priority:

⟦TS⟧ ⟦A⟧ ⟦PHONE⟧: huge hole outside ⟦ADDR⟧, my tyre burst
⟦TS⟧ ⟦B⟧: by the bus stop on ⟦PLACE⟧ ⟦~⟧, cyclists swerving
⟦TS⟧ ⟦C⟧ ⟦C.e⟧: same as last year, ⟦ADDR⟧, nothing done
⟦TS⟧ anon: near the school gates
### council-electoral-register csv
Find attainers who turn 18 before polling day ⟦DATE:fut⟧:

elector_no,surname,forenames,address,dob
⟦CODE⟧-⟦NUM:1-999⟧,⟦A.UL⟧,⟦A.f⟧,"⟦ADDR⟧",⟦DOB:teen,iso⟧
⟦CODE⟧-⟦NUM:1-999⟧,⟦B.UL⟧,⟦B.f⟧,"⟦ADDR⟧",⟦DOB:teen,iso⟧
⟦CODE⟧-⟦NUM:1-999⟧,⟦C.UL⟧,⟦C.f⟧,"⟦ADDR⟧",
⟦CODE⟧-⟦NUM:1-999⟧,⟦D.UL⟧,⟦D.f⟧,"⟦ADDR⟧",⟦DOB:teen,iso⟧
### council-marriage-notice
Prepare the notice of marriage entry:
Party 1: ⟦A.m⟧, born ⟦DOB:young⟧, ⟦?teacher|nurse|software developer|electrician⟧, ⟦ADDR⟧, passport ⟦PASS⟧
Party 2: ⟦B.m⟧, born ⟦DOB:young⟧, ⟦?chef|accountant|student|pharmacist⟧, same address
Ceremony: ⟦DATE:fut⟧, ⟦?Register Office|Town Hall, Room 2⟧
Witnesses: ⟦C⟧, ⟦D⟧
### council-business-licence
Is this street trading licence application complete?
Trading name: ⟦?Bella's Bagels|The Taco Stop|Mama Ngozi's Kitchen⟧ ⟦~⟧
Applicant: ⟦A⟧, DOB ⟦DOB⟧, ⟦ADDR⟧
Phone ⟦PHONE⟧, email ⟦A.e⟧
Pitch: market square, ⟦?Saturdays|Fridays and Saturdays⟧ ⟦~⟧
Assistant: ⟦B⟧ (DOB ⟦DOB:young⟧)
### council-noise-complaint
Draft a first warning letter about noise:

Complainant: ⟦A⟧, ⟦ADDR⟧ (wants to stay anonymous to the neighbour!)
Subject of complaint: occupier at ⟦ADDR⟧, believed to be ⟦B⟧
Diary: loud music ⟦DATE⟧ 01:30, ⟦DATE⟧ 02:10, dog barking daily
Officer: ⟦C⟧
### council-311-call
Turn this 311 call transcript into a service request:
CALL TAKER: 311, this is ⟦A.f⟧, what's the address of the problem?
CALLER: It's a streetlight out in front of ⟦ADDR⟧.
CALL TAKER: And your name and callback number?
CALLER: ⟦B⟧, ⟦PHONE⟧.
CALL TAKER: Anything else?
CALLER: Also the tree on ⟦PLACE⟧ ⟦~⟧is leaning on the wires, my neighbor ⟦C.f⟧ reported it in ⟦?January|December⟧ ⟦~⟧.
### council-council-tax-dd cc=gb
Set up this direct debit and draft the confirmation letter:
Account holder: ⟦A⟧
Property: ⟦ADDR⟧
Council tax account ⟦NUM:10000000-99999999⟧
IBAN ⟦IBAN:gb⟧
Payment day: ⟦?1st|15th|28th⟧, 10 instalments
Joint liable: ⟦B⟧
### council-social-care-referral
Summarize this adult social care referral for triage:
Referrer: ⟦A⟧, ⟦?district nurse|GP receptionist|neighbour⟧, ⟦PHONE⟧
Person: ⟦B⟧, DOB ⟦DOB:old⟧, lives alone at ⟦ADDR⟧
Concerns: falls x3, not eating, son ⟦C:m⟧ lives abroad (⟦PHONE:intl⟧)
Key safe code: ⟦SEC:pin⟧
GP: Dr ⟦D⟧
### council-building-access
Rewrite for the facilities noticeboard without the codes:
Town hall side entrance keypad: ⟦SEC:door⟧
Archive room: ⟦SEC:door⟧ (ask ⟦A⟧)
Server cupboard: key with ⟦B.f⟧ in IT
Car park barrier for councillors: ⟦SEC:pin⟧
### council-press-release ans
**Westbrook Council welcomes new community garden**

The new garden on the former depot site opens on ⟦DATE:long⟧. Cllr ⟦A⟧, cabinet member for environment, said: "This is for everyone." Local resident ⟦B⟧, who first proposed the idea, will run the volunteer group with ⟦C⟧.

Media enquiries: ⟦D⟧, ⟦D.e⟧
### council-gis-sql sql
The map shows duplicate bins for one address. Query + result:

SELECT uprn, address, owner_name FROM bins WHERE address = '⟦ADDR#a⟧';

 uprn         | address   | owner_name
--------------+-----------+-----------
 ⟦NUM:100000000-999999999⟧ | ⟦ADDR#a⟧ | ⟦A⟧
 ⟦NUM:100000000-999999999⟧ | ⟦ADDR#a⟧ | ⟦B.lf⟧
### council-library-fines
Write a friendly reminder for these overdue library items (no threats!):
⟦A⟧ - "A Little Life" - due ⟦DATE⟧ - ⟦A.e⟧
⟦B⟧ - "Julia" ⟦~⟧(novel) - due ⟦DATE⟧ - ⟦PHONE⟧
⟦C⟧ - 3 DVDs - due ⟦DATE⟧ - ⟦C.e⟧
### council-dog-licence
Check this dog registration for errors:
Owner: ⟦A⟧, DOB ⟦DOB⟧, ⟦ADDR⟧
Dog: "⟦?Buddy|Bella|Max|Luna|Charlie|Daisy⟧" ⟦~⟧, collie cross, microchip ⟦NUM:900000000000000-999999999999999⟧
Vet: ⟦B⟧ at ⟦?Oakfield|Riverside|St. Francis⟧ ⟦~⟧Vets
### council-voter-id cc=gb
Explain to the resident what voter ID they can use. Their message:
"Hi, I'm ⟦A⟧ (⟦ADDR⟧). My passport expired and I don't drive. I have a bus pass in the name ⟦A.U⟧ and my date of birth is ⟦DOB:old⟧. Can I vote? My carer ⟦B⟧ can bring me."
### council-parks-booking json
{"model":"⟦MODEL⟧","messages":[{"role":"user","content":"Is this pitch booking a double booking?\nBooking A: ⟦A⟧ (⟦A.e⟧, ⟦PHONE⟧) - Pitch 3 - ⟦DATE:week⟧ 10:00-12:00 - youth football\nBooking B: ⟦B⟧ (⟦B.e⟧) - Pitch 3 - ⟦DATE:week⟧ 11:00-13:00 - birthday party for ⟦C.f⟧"}]}
### council-procurement-bids
Score these tender returns for the ⟦~⟧Lincoln Park playground (price 60, quality 40):
- ⟦ORG⟧ Playgrounds ⟦~⟧Ltd: ⟦AMT⟧, contact ⟦A⟧
- Greenway Leisure: ⟦AMT⟧, contact ⟦B⟧ ⟦B.e⟧
- ⟦C⟧ (sole trader): ⟦AMT⟧, ⟦PHONE⟧
### council-streetlight-ticket
Close out this ticket with a resident update:
Ticket ⟦TICKET⟧ - streetlight column ⟦NUM:100-999⟧ on ⟦PLACE⟧ ⟦~⟧
Reported by ⟦A⟧ (⟦A.e⟧) on ⟦DATE⟧
Engineer ⟦B⟧ replaced lantern ⟦DATE⟧
Resident also asked about the bins at ⟦ADDR⟧, forward to waste team (⟦C⟧)
### council-blue-badge cc=gb
Blue badge renewal - list the evidence still missing:
Applicant ⟦A⟧, born ⟦DOB:old⟧
Address ⟦ADDR:ml⟧
Photo: received ⟦DATE⟧
Proof of identity: driving licence ⟦DL:gb⟧ (photocopy, blurry)
Applying on behalf: ⟦B⟧ (daughter-in-law), ⟦PHONE⟧
""",
    )
)

# ===========================================================================
# English: NGO
TEMPLATES.append(
    (
        "en",
        r"""
### ngo-donor-csv csv
Segment these donors for the spring appeal (lapsed vs active):

donor_id,name,email,last_gift,amount,gift_aid
D⟦NUM:10000-99999⟧,"⟦A⟧",⟦A.e⟧,⟦DATE:iso⟧,⟦AMT⟧,Y
D⟦NUM:10000-99999⟧,"⟦B⟧",⟦B.e⟧,⟦DATE:past,iso⟧,⟦AMT⟧,N
D⟦NUM:10000-99999⟧,"⟦C⟧",⟦C.e⟧,⟦DATE:iso⟧,⟦AMT⟧,Y
D⟦NUM:10000-99999⟧,"⟦D⟧ & ⟦E⟧",⟦D.e⟧,⟦DATE:past,iso⟧,⟦AMT⟧,Y
### ngo-beneficiary-registration
Translate the registration notes into a summary for the caseworker:

Case ⟦TICKET⟧ · registered ⟦DATE⟧ at the ⟦CITY⟧ centre
Head of household: ⟦A⟧, DOB ⟦DOB⟧, passport ⟦PASS⟧ (expired)
Spouse: ⟦B⟧, DOB ⟦DOB⟧
Children: ⟦C.f⟧ (⟦DOB:kid⟧), ⟦D.f⟧ (⟦DOB:kid⟧)
Phone: ⟦PHONE:intl⟧ (WhatsApp)
Needs: winter clothes, school enrolment for ⟦C.f⟧, legal advice
### ngo-volunteer-application cc=us
Is this volunteer cleared to work with minors? Checklist:

Name: ⟦A⟧
DOB: ⟦DOB:us⟧
Address: ⟦ADDR⟧
DL: ⟦DL⟧
Background check (SSN ⟦SSN⟧): submitted ⟦DATE⟧, result pending
References: ⟦B⟧ (⟦PHONE⟧), ⟦C⟧ (⟦C.e⟧)
### ngo-field-report
Tighten this field report for the donor update (remove anything sensitive):

Team: ⟦A⟧ (lead), ⟦B⟧, driver ⟦C.f⟧
⟦DATE:week⟧ distribution at ⟦?camp 4|the school yard|the mosque compound⟧: 312 households, 14 tonnes.
Local coordinator ⟦D⟧ (⟦PHONE:intl⟧) asked for more hygiene kits.
Incident: ⟦B.f⟧'s satellite phone (IMEI ⟦NUM:350000000000000-359999999999999⟧) was stolen.
### ngo-donation-receipt ans
Dear ⟦A⟧,

Thank you for your generous gift of ⟦AMT⟧ on ⟦DATE:long⟧. ⟦?Because you ticked Gift Aid|As a Gift Aid donor⟧, we can claim an extra 25% from HMRC.

Receipt no. ⟦INV⟧
Donor address: ⟦ADDR⟧

With gratitude,
⟦B⟧, Supporter Care
### ngo-crypto-donations
Reconcile crypto donations received this week:
- ⟦BTC⟧ -> 0.05 BTC, donor says "from ⟦A⟧, anonymous on website please"
- ⟦ETH⟧ -> 1.2 ETH, donor ⟦B⟧ (⟦B.e⟧) wants a receipt
- ⟦BTC⟧ -> 0.002 BTC, no message
Our receiving wallet: ⟦ETH⟧
### ngo-field-staff-contacts
Make an emergency contact sheet (1 page) for the deployment:

⟦A.UF⟧ | passport ⟦PASS⟧ | blood O+ | next of kin ⟦B⟧ ⟦PHONE:intl⟧
⟦C.UF⟧ | passport ⟦PASS⟧ | blood A- | next of kin ⟦D⟧ ⟦PHONE:intl⟧
⟦E.UF⟧ | passport ⟦PASS⟧ | blood B+ | next of kin ⟦F⟧ ⟦PHONE:intl⟧
Security focal point: ⟦G⟧
### ngo-whatsapp-export
Summarize decisions from this WhatsApp group export:

[⟦DATE:week⟧, ⟦TIME⟧] ⟦A⟧: truck leaves 6am, ⟦B.f⟧ driving
[⟦DATE:week⟧, ⟦TIME⟧] ⟦B⟧: ok. need the warehouse padlock code
[⟦DATE:week⟧, ⟦TIME⟧] ⟦A⟧: ⟦SEC:pin⟧
[⟦DATE:week⟧, ⟦TIME⟧] ⟦C⟧: ⟦D.f⟧ from the municipality wants the beneficiary list by ⟦~⟧Friday
[⟦DATE:week⟧, ⟦TIME⟧] ⟦A⟧: no names to them, only numbers
### ngo-gift-aid cc=gb
Check these Gift Aid declarations are valid (need full name, home address, postcode):
1. ⟦A⟧, ⟦ADDR:gb⟧, signed ⟦DATE⟧
2. ⟦B.i⟧, (no address), signed ⟦DATE⟧
3. ⟦C⟧, ⟦ADDR:gb⟧, signed ⟦DATE⟧, note: "also for my wife ⟦D.f:f⟧"
### ngo-local-payroll
Prepare the payment file for local staff stipends:
⟦A⟧ | ⟦IBAN⟧ | ⟦AMT⟧
⟦B⟧ | ⟦IBAN⟧ | ⟦AMT⟧
⟦C⟧ | mobile money ⟦PHONE:ke⟧ | ⟦AMT:ke⟧
⟦D⟧ | ⟦IBAN⟧ | ⟦AMT⟧ (half month, started ⟦DATE⟧)
### ngo-travel-booking
Book flights for the assessment mission, here are the details:
1. ⟦A.U⟧, DOB ⟦DOB⟧, passport ⟦PASS⟧, exp ⟦DATE:fut⟧
2. ⟦B.U⟧, DOB ⟦DOB⟧, passport ⟦PASS⟧, exp ⟦DATE:fut⟧
Route: ⟦?NBO-JUB|AMM-BEY|IST-GZT|DXB-ADD⟧, out ⟦DATE:fut⟧, open return
Cost centre ⟦NUM:1000-9999⟧, approver ⟦C⟧
### ngo-board-minutes
Turn these notes into board minutes:
Present: ⟦A⟧ (chair), ⟦B⟧ (treasurer), ⟦C⟧, ⟦D⟧. Apologies: ⟦E⟧.
Treasurer: reserves at ⟦AMT⟧, 4 months running costs.
Agreed: ⟦C.f⟧ to lead the safeguarding review. ⟦~⟧Grant from ⟦ORG⟧ Foundation confirmed.
Next meeting ⟦DATE:fut⟧.
### ngo-case-note
Rewrite this case note in the standard format. It must stay confidential.

Client ⟦A:f⟧ (DOB ⟦DOB:young⟧) came in with her two children. Says her ex-partner ⟦B:m⟧ knows her new address (⟦ADDR⟧) and has been calling from ⟦PHONE⟧. Referred to ⟦C⟧ at the refuge. Safe contact number: ⟦PHONE⟧, only after 6pm.
### ngo-newsletter-export csv
Clean this mailing list export: remove bounces, fix capitalisation of names.

email,first_name,last_name,status
⟦A.e⟧,⟦A.f⟧,⟦A.l⟧,subscribed
⟦B.e⟧,⟦B.f⟧,⟦B.l⟧,bounced
⟦C.e⟧,⟦C.f⟧,⟦C.l⟧,subscribed
⟦D.e⟧,⟦PH⟧,,subscribed
### ngo-child-sponsorship
Write a short update letter for the sponsor about their sponsored child:
Sponsor: ⟦A⟧ (since ⟦NUM:2015-2023⟧), ⟦A.e⟧
Child: ⟦B.f⟧, born ⟦DOB:kid⟧, lives with grandmother ⟦C:f⟧
School: started grade ⟦NUM:2-6⟧, favourite subject maths
Field officer: ⟦D⟧
### ngo-security-incident
Write a security incident report (SitRep style):
⟦DATE:week⟧ ⟦TIME⟧ vehicle ⟦?UN-4421|NGO-17|KBX 221Q⟧ stopped at checkpoint, driver ⟦A⟧ and staff ⟦B⟧ questioned 40 mins. ⟦B.f⟧'s laptop searched. Phones ⟦PHONE:intl⟧ and ⟦PHONE:intl⟧ temporarily confiscated. Released after call from ⟦C⟧ (liaison).
### ngo-survey-json json
{"model":"⟦MODEL⟧","messages":[{"role":"system","content":"You summarise household survey responses for OpenHands Relief."},{"role":"user","content":"{\"enumerator\":\"⟦A⟧\",\"respondent\":\"⟦B⟧\",\"respondent_dob\":\"⟦DOB:iso⟧\",\"phone\":\"⟦PHONE:intl⟧\",\"hh_size\":⟦NUM:2-11⟧,\"gps\":\"-1.2⟦NUM:100-999⟧,36.8⟦NUM:100-999⟧\",\"needs\":[\"water\",\"cash\"]}"}]}
### ngo-thankyou-answer ans
Here are three personalised thank-you notes:

**⟦A⟧**: Dear ⟦A.f⟧, your monthly gift since 2019 has kept our mobile clinic running. Thank you!
**⟦B⟧**: Dear ⟦B.hon⟧ ⟦B.l⟧, thank you for the ⟦AMT⟧ in memory of ⟦C⟧. We'll plant a tree in ⟦C.his⟧ name.
**⟦D⟧ and family**: Dear ⟦D.f⟧, thank you for fundraising at ⟦ORG⟧ ⟦~⟧with your colleagues.
### ngo-partner-transfer
Prepare a transfer to our implementing partner. Double-check the IBAN:
Partner: ⟦ORGN⟧ local chapter, attn ⟦A⟧ (finance)
IBAN: ⟦IBAN⟧
Amount: ⟦AMT⟧, tranche 2 of 3
Approved: ⟦B⟧ and ⟦C⟧ (dual signature)
### ngo-visa-invitation
Draft an invitation letter for a visa application for our conference:
Invitee: ⟦A.m⟧, born ⟦DOB⟧, passport ⟦PASS⟧
Role: speaker, panel on water access
Dates: ⟦DATE:fut⟧ to ⟦DATE:fut⟧
Accommodation: Hotel Aurelia, paid by us
Our contact: ⟦B⟧, ⟦B.e⟧
### ngo-email-thread
What's the status here and who needs to do what?

From: ⟦A⟧
To: ⟦B⟧; ⟦C⟧
Subject: RE: RE: school kits

⟦B.f⟧ - the supplier (⟦ORG⟧ ⟦~⟧Office) can only deliver 400 by the 20th.

> From: ⟦B⟧
> ⟦C.f⟧, can you ask ⟦D⟧ at the district office whether 400 is enough? ⟦D.His⟧ number is ⟦PHONE⟧.
>> From: ⟦C⟧
>> We need 650 kits for the ⟦CITY⟧ schools.
### ngo-sms-blast
Write a 160-char SMS for these volunteers about ⟦~⟧Saturday's shift, and tell me the total count:
⟦A⟧ ⟦PHONE⟧
⟦B⟧ ⟦PHONE⟧
⟦C⟧ ⟦PHONE⟧
⟦D⟧ ⟦PHONE⟧
⟦E⟧ ⟦PHONE⟧
### ngo-gala-seating
Make a seating plan, 8 per table, keep couples together:
⟦A⟧ + ⟦B⟧; ⟦C⟧ + ⟦D⟧; ⟦E⟧; ⟦F⟧ (major donor, table 1); ⟦G⟧ + ⟦H⟧ (⟦ORG⟧ ⟦~⟧sponsors)
""",
    )
)

# ===========================================================================
# English: small e-commerce shop
TEMPLATES.append(
    (
        "en",
        r"""
### shop-order-export csv
Which of these orders can ship together (same address)?

order,name,email,address,items,total
⟦ORDER⟧,"⟦A⟧",⟦A.e⟧,"⟦ADDR#h⟧",2,⟦AMT⟧
⟦ORDER⟧,"⟦B⟧",⟦B.e⟧,"⟦ADDR⟧",1,⟦AMT⟧
⟦ORDER⟧,"⟦C⟧",⟦C.e⟧,"⟦ADDR#h⟧",3,⟦AMT⟧
⟦ORDER⟧,"⟦D⟧",⟦D.e⟧,"⟦ADDR⟧",1,⟦AMT⟧
### shop-refund-email
Reply to this customer, we can refund but not the shipping.

hey, this is ⟦A⟧. ordered the ⟦?linen apron|ceramic teapot|tote bag⟧ on ⟦DATE⟧ (#⟦NUM:1000-9999⟧) and it arrived chipped. i want my money back to the card i used, ⟦CARD⟧. also pls stop emailing my work address ⟦A.e⟧, use ⟦EMAIL⟧ instead. thx
### shop-shopify-webhook json
{"model":"⟦MODEL⟧","messages":[{"role":"system","content":"You are a Shopify developer assistant."},{"role":"user","content":"The fulfilment app rejects this order payload, which field is invalid? {\"id\":⟦NUM:4000000000-4999999999⟧,\"email\":\"⟦A.e⟧\",\"shipping_address\":{\"name\":\"⟦A⟧\",\"address1\":\"⟦ADDR⟧\",\"phone\":\"⟦PHONE⟧\"},\"billing_address\":{\"name\":\"⟦B⟧\"},\"total_price\":\"⟦NUM:10-400⟧.00\",\"client_details\":{\"browser_ip\":\"⟦IP⟧\"}}"}]}
### shop-fraud-check
Does this order look fraudulent? Be specific.

Order ⟦ORDER⟧ · ⟦AMT⟧ · 6x gift cards
Billing: ⟦A⟧, ⟦ADDR⟧
Shipping: ⟦B⟧, ⟦ADDR⟧ (freight forwarder)
Email: ⟦EMAIL⟧ (created today)
Card: ⟦CARD⟧ (3rd card tried)
IP: ⟦IP⟧ (VPN), device language ⟦?ru-RU|en-GB|vi-VN|pt-BR⟧
Phone: ⟦PHONE:intl⟧
### shop-review-reply ans
Hi ⟦A.f⟧, thanks so much for the lovely review! 🧡 We're glad the mug arrived safely and that ⟦B.f⟧ liked ⟦B.his⟧ birthday present. Our next batch goes live on ⟦DATE:fut⟧, we'll send a code to ⟦A.e⟧. - ⟦C.f⟧ @ Kettle & Crumb
### shop-return-label
Generate the text for a return label:
FROM: ⟦A⟧
⟦ADDR:ml⟧
TO: Kettle & Crumb Returns, Unit 4, ⟦~⟧Victoria Business Park
RMA ⟦CODE⟧ · Order ⟦ORDER⟧ · ⟦NUM:1-3⟧ item(s)
### shop-chargeback-evidence
Write the chargeback response. Customer claims item not received.

Order ⟦ORDER⟧, ⟦AMT⟧, placed ⟦DATE⟧ by ⟦A⟧ (⟦A.e⟧)
Card ⟦CARD⟧, AVS match, 3DS passed
Shipped ⟦DATE⟧ tracking ⟦TRACK⟧, delivered ⟦DATE⟧, signed by "⟦B.UL⟧"
Customer IP at checkout ⟦IP⟧ matches previous 4 orders
### shop-abandoned-cart
Improve this abandoned cart email. Merge tags are in curly braces, keep them.

Subject: {{first_name}}, you left something behind!
Hi {{first_name}},
Your cart is waiting. Use code COMEBACK10 before {{expiry_date}}.

(for testing I used my own details: ⟦A⟧, ⟦A.e⟧, so the preview says "Hi ⟦A.f⟧")
### shop-instagram-dm
Reply to these Instagram DMs in our brand voice (short, friendly):

@⟦USER⟧: is the blue one back in stock?? 😍
⟦A⟧: hi! I ordered 2 weeks ago, order ⟦ORDER⟧, still nothing. my number is ⟦PHONE⟧ if easier
@⟦USER⟧: do you ship to ⟦?Ireland|Norway|Canada⟧?
⟦B⟧: can you do a custom name on the mug? "⟦C.f⟧ & ⟦D.f⟧ est. 2025"
### shop-supplier-invoice
Does this supplier invoice match PO ⟦NUM:1000-9999⟧?

INVOICE ⟦INV⟧
From: ⟦?Jenkins Packaging|Abbott & Sons Ceramics|Ford Print Works⟧ ⟦~⟧Ltd
To: Kettle & Crumb, attn ⟦A⟧
200x kraft boxes ⟦AMT⟧
50x tissue reams ⟦AMT⟧
Delivery ⟦AMT:small⟧
Pay to ⟦IBAN⟧ by ⟦DATE:fut⟧
### shop-stripe-dispute json
{"model":"⟦MODEL⟧","messages":[{"role":"user","content":"Explain this Stripe dispute object to me like I'm not technical: {\"id\":\"dp_⟦REQ⟧\",\"amount\":⟦NUM:1000-20000⟧,\"reason\":\"fraudulent\",\"evidence_details\":{\"due_by\":⟦EPOCH⟧},\"evidence\":{\"customer_name\":\"⟦A⟧\",\"customer_email_address\":\"⟦A.e⟧\",\"billing_address\":\"⟦ADDR⟧\",\"customer_purchase_ip\":\"⟦IP⟧\"}}"}]}
### shop-etsy-message
Help me answer this custom order request:
"Hi! I'd like a personalised chopping board for my parents' 40th anniversary. Names: ⟦A⟧ & ⟦B⟧, married ⟦DATE:past⟧. Please ship to ⟦C⟧ at ⟦ADDR⟧ (my sister, it's a surprise!). I'm ⟦D.f⟧. Thanks!"
### shop-packing-slip
Make a packing slip from this order:
Ship to: ⟦A⟧, ⟦ADDR⟧, ⟦PHONE⟧
Items: 1x Stoneware bowl (sage), 2x Linen napkins
Gift message: "Happy birthday ⟦B.f⟧! Love, ⟦C.f⟧ and the kids"
Order ⟦ORDER⟧ · packed by ⟦D.f⟧
### shop-woo-sql sql
Why is this WooCommerce query returning customers twice?

SELECT u.ID, u.user_email, um.meta_value AS billing_first_name
FROM wp_users u JOIN wp_usermeta um ON um.user_id = u.ID
WHERE um.meta_key IN ('billing_first_name','shipping_first_name');

 ID  | user_email       | billing_first_name
-----+------------------+--------------------
 ⟦NUM:10-999#1⟧  | ⟦A.e⟧ | ⟦A.f⟧
 ⟦NUM:10-999#1⟧  | ⟦A.e⟧ | ⟦A.f⟧
 ⟦NUM:1000-1999⟧ | ⟦B.e⟧ | ⟦B.f⟧
### shop-api-config
Why does the Mailgun integration fail? config.php:

<?php
define('MAILGUN_KEY', '⟦SEC:mailgun⟧');
define('SHOPIFY_TOKEN', '⟦SEC:shopify⟧');
define('ADMIN_PASS', '⟦SEC:pw⟧'); // ⟦A.f⟧ will change this
define('NOTIFY_EMAIL', '⟦A.e⟧');
### shop-support-transcript
Rate this support chat for tone (1-5) and suggest improvements:

Customer (⟦A⟧): where is my order
Agent ⟦B.f⟧: Hi ⟦A.f⟧! Can you share the order number?
Customer: ⟦ORDER⟧
Agent ⟦B.f⟧: It shipped ⟦DATE⟧, tracking ⟦TRACK⟧. The courier shows it at ⟦ADDR⟧ - is that right?
Customer: no!! i moved, new address is ⟦ADDR⟧
Agent ⟦B.f⟧: I'll ask the courier to redirect it.
### shop-unsubscribe-list
Dedupe these unsubscribes and tell me how many unique:
⟦A.e⟧
⟦B.e⟧
⟦A.e⟧
⟦C.e⟧ (⟦C⟧ asked by phone)
⟦D.e⟧
### shop-crypto-payment
A customer paid in crypto via our plugin but the order didn't update. Here's the log line:

[⟦TS⟧] coinpay: invoice ⟦INV⟧ paid 0.0021 BTC from ⟦BTC⟧ to ⟦BTC⟧, confirmations=1, customer=⟦A.e⟧
[⟦TS⟧] coinpay: webhook 500 from https://kettleandcrumb.shop/wp-json/coinpay/v1/ipn
### shop-influencer-contract
Simplify this influencer agreement summary:
Creator: ⟦A⟧ (@⟦A.u⟧), ⟦A.e⟧
Agent: ⟦B⟧, ⟦PHONE⟧
Deliverables: 2 reels, 3 stories, by ⟦DATE:fut⟧
Fee: ⟦AMT⟧ to ⟦IBAN⟧
### shop-address-answer ans
I've checked the address for ⟦A⟧'s order ⟦ORDER⟧. The postcode doesn't match the town, so I suggest confirming before dispatch:

Entered: ⟦ADDR⟧
Likely correct: ⟦ADDR:ml⟧

You could message ⟦A.f⟧ at ⟦A.e⟧ or ⟦PHONE⟧.
### shop-delivery-complaint
Summarize and propose compensation:
"The courier left my parcel with ⟦A⟧ at number 12 who I've never met. Then ⟦A.f⟧ said ⟦A.he⟧ gave it to ⟦B⟧ across the road. It's ⟦?3|5|8⟧ days now. My details: ⟦C⟧, ⟦ADDR⟧, ⟦PHONE⟧."
### shop-age-verification
Our wine orders need age checks (18+). Which of these fail?
⟦ORDER⟧ - ⟦A⟧ - DOB ⟦DOB:teen⟧
⟦ORDER⟧ - ⟦B⟧ - DOB ⟦DOB⟧
⟦ORDER⟧ - ⟦C⟧ - DOB ⟦DOB:young⟧
⟦ORDER⟧ - ⟦D⟧ - DOB not given
### shop-wholesale-application
Review this wholesale application:
Business: ⟦?The Green Door|Little Tin Shop|Harbour Gifts⟧ ⟦~⟧
Owner: ⟦A⟧
VAT/Tax ID: ⟦NUM:100000000-999999999⟧
Address: ⟦ADDR⟧
Owner ID: driving licence ⟦DL⟧
Reference: ⟦B⟧ (owner of ⟦ORG⟧ ⟦~⟧franchise), ⟦PHONE⟧
### shop-product-copy
Write product descriptions for 3 new mugs. Inspo from customers:
- "Sunny" mug (yellow glaze) - ⟦~⟧named after our shop dog
- "Ruby" mug (deep red) - ⟦~⟧
- "Dolores" mug - ⟦~⟧suggested by a customer, ⟦A⟧, after ⟦A.his⟧ favourite aunt
""",
    )
)

# ===========================================================================
# English: recruitment agency
TEMPLATES.append(
    (
        "en",
        r"""
### rec-cv-parse
Parse this CV into our ATS fields (name, contact, DOB, work history, skills):

⟦A.U⟧
⟦ADDR⟧ · ⟦PHONE⟧ · ⟦A.e⟧
Date of birth: ⟦DOB:long⟧ · Nationality: ⟦?Polish|Portuguese|Irish|Romanian|Greek⟧
PROFILE
Warehouse team leader with 8 years' experience at ⟦ORG⟧ ⟦~⟧and Northgate Logistics.
EXPERIENCE
2019-now  Team Leader, Northgate Logistics (manager: ⟦B⟧)
2015-2019 Picker, ⟦ORG⟧ ⟦~⟧
REFERENCES: ⟦B⟧, ⟦B.e⟧ · ⟦C⟧, ⟦PHONE⟧
### rec-shortlist-table
Make a shortlist table (name, years exp, notice, salary expectation, notes):
- ⟦A⟧: 6 yrs, 1 month notice, ⟦AMT⟧, strong on SAP
- ⟦B⟧: 3 yrs, immediate, ⟦AMT⟧, relocating from ⟦CITY⟧
- ⟦C⟧: 10 yrs, 3 months, ⟦AMT⟧, was at ⟦ORG⟧ ⟦~⟧
- ⟦D⟧: 4 yrs, 2 weeks, ⟦AMT⟧, referred by ⟦E⟧
### rec-interview-transcript
Write interview feedback (strengths, concerns, recommendation) from this transcript:

⟦A⟧: Thanks for joining, ⟦B.f⟧. Tell me about a conflict at work.
⟦B⟧: At ⟦ORG⟧ my manager ⟦C⟧ and I disagreed about the rota. I proposed...
⟦D⟧: How did ⟦C.f⟧ respond?
⟦B⟧: Honestly, not great at first. ⟦C.He⟧ escalated to ⟦E⟧ in HR.
⟦A⟧: What's your notice period?
⟦B⟧: One month. I'd need to leave early ⟦?Fridays|Thursdays⟧ ⟦~⟧for childcare.
### rec-offer-letter ans
Dear ⟦A⟧,

We are delighted to offer you the position of ⟦?Warehouse Supervisor|Staff Nurse|Junior Developer|Receptionist⟧ with ⟦ORGN⟧, starting ⟦DATE:fut⟧, at an annual salary of ⟦AMT⟧.

Please send your passport (⟦PASS⟧ on our records) for right-to-work checks and your bank details to ⟦B.e⟧.

Kind regards,
⟦B⟧
Senior Consultant, TalentBridge Recruitment
### rec-reference-email
Turn this reference into a 3-line summary for the client:

From: ⟦A⟧ <⟦A.e⟧>
To: ⟦B.e⟧
Re: Reference for ⟦C⟧

I managed ⟦C.f⟧ from 2020 to ⟦DATE:past⟧ at ⟦ORG⟧. ⟦C.He⟧ was reliable, rarely absent, and trained new starters including ⟦D⟧. I would re-employ. Call me on ⟦PHONE⟧ if needed.
### rec-right-to-work
Right to work check record, what's missing?

Candidate: ⟦A⟧
DOB: ⟦DOB⟧
Document: passport ⟦PASS⟧, expires ⟦DATE:fut⟧, nationality ⟦?Nigerian|Indian|Filipino|Pakistani|Ghanaian⟧
Visa/BRP: ⟦CODE⟧⟦NUM:100-999⟧ (skilled worker, sponsor ⟦ORGN⟧)
Checked by: ⟦B⟧ on ⟦DATE⟧, copy saved
### rec-background-check cc=us
Background check order form, fill the missing fields:
Candidate: ⟦A.m⟧
SSN: ⟦SSN⟧
DOB: ⟦DOB:us⟧
Current address: ⟦ADDR⟧ (since 2021)
Previous address: ⟦ADDR⟧
DL: ⟦DL⟧
Position: driver (MVR check needed)
Requested by: ⟦B⟧, ⟦B.e⟧
### rec-linkedin-message
Write a short, non-pushy LinkedIn message to this candidate:
⟦A⟧ · Senior Accountant at ⟦ORG⟧ · ⟦CITY⟧
Mutual: ⟦B⟧, ⟦C⟧
Note: ⟦A.f⟧ spoke at the ⟦~⟧Julia ⟦~⟧meetup (the data language one)
### rec-payroll-setup
New contractor payroll setup, check the details look valid:
Name: ⟦A⟧
Address: ⟦ADDR:ml⟧
IBAN: ⟦IBAN⟧
DOB: ⟦DOB⟧
Start: ⟦DATE:fut⟧, rate ⟦AMT⟧/day
Emergency contact: ⟦B⟧ ⟦PHONE⟧
### rec-ats-export json
{"model":"⟦MODEL⟧","messages":[{"role":"system","content":"You help recruiters at TalentBridge."},{"role":"user","content":"Rank these candidates for the forklift job: [{\"name\":\"⟦A⟧\",\"email\":\"⟦A.e⟧\",\"phone\":\"⟦PHONE⟧\",\"dob\":\"⟦DOB:iso⟧\",\"certs\":[\"RTITB\"]},{\"name\":\"⟦B⟧\",\"email\":\"⟦B.e⟧\",\"phone\":\"⟦PHONE⟧\",\"certs\":[]},{\"name\":\"⟦C⟧\",\"email\":\"⟦C.e⟧\",\"certs\":[\"RTITB\",\"IPAF\"]}]"}]}
### rec-job-ad
Rewrite this job ad to be more inclusive:
"We need a young, energetic receptionist for a busy ⟦ORG⟧ ⟦~⟧dealership. Must be presentable. Apply to ⟦A⟧ at ⟦A.e⟧ or call ⟦PHONE⟧. Closing ⟦DATE:fut⟧."
### rec-timesheet
Check these temp timesheets against the client's sign-off:
⟦A⟧ - 5 shifts - 41.5h - signed ⟦B.i⟧
⟦C⟧ - 4 shifts - 32h - NOT signed
⟦D⟧ - 5 shifts - 45h - signed ⟦B.i⟧ (overtime approved by ⟦E⟧)
### rec-withdrawal-email
Reply kindly to this withdrawal:
"Hi ⟦A.f⟧, I'm sorry but I need to withdraw from the ⟦ORG⟧ process. My ⟦?mum|dad|partner⟧ is ill and I'm moving back to ⟦CITY⟧. Thanks for everything. ⟦B⟧ · ⟦PHONE⟧"
### rec-boolean-search
Build a boolean search for LinkedIn: payroll specialists in ⟦CITY⟧, not currently at ⟦ORG⟧ ⟦~⟧or ⟦ORG⟧ ⟦~⟧. Similar to ⟦A⟧ and ⟦B⟧ whom we placed last year.
### rec-salary-thread
Where did we land on salary? Summarize:

⟦A⟧ (client): We can go to ⟦AMT⟧ max, no sign-on.
⟦B⟧ (me): ⟦C.f⟧ is at ⟦AMT⟧ now and has another offer.
⟦A⟧: Let me check with ⟦D.hon⟧ ⟦D.l⟧.
⟦A⟧ (later): ⟦D.f⟧ approved ⟦AMT⟧ + 2 days WFH.
### rec-visa-sponsorship
Prepare the certificate of sponsorship details:
Worker: ⟦A.m⟧
DOB: ⟦DOB⟧   Passport: ⟦PASS⟧
Home address abroad: ⟦ADDR⟧
Job: care assistant, ⟦AMT⟧ p.a., start ⟦DATE:fut⟧
Authorising officer: ⟦B⟧
### rec-calendar-scheduling
Find a slot for all three next week:
⟦A⟧: free ⟦~⟧Mon 2-5, Wed am
⟦B⟧ (hiring manager at ⟦ORG⟧): Tue/Wed am
candidate ⟦C⟧: only before 10 or after 4, mobile ⟦PHONE⟧
### rec-cv-summary ans
**⟦A⟧**, ⟦NUM:5-20⟧ years in logistics.
- Contact: ⟦A.e⟧ · ⟦PHONE⟧
- Based in ⟦CITY⟧ (⟦ADDR⟧), open to hybrid.
- Most recent: Shift Manager at ⟦ORG⟧ ⟦~⟧since 2021, reporting to ⟦B⟧.
- Strengths: WMS migrations, team of 25, forklift trainer.
- Gap: 2020 (career break, carer for ⟦A.his⟧ father).
### rec-contractor-invoice
Check this contractor invoice:
INVOICE ⟦INV⟧
From: ⟦A⟧, ⟦ADDR⟧
To: TalentBridge Recruitment, accounts
Placement: ⟦ORG⟧, ⟦DATE:past⟧ to ⟦DATE⟧, 20 days x ⟦AMT⟧
Bank: ⟦IBAN⟧
### rec-w9-itin cc=us
A contractor sent a W-9 with an ITIN instead of SSN. Is that OK for 1099 reporting?
Name: ⟦A⟧
Business name: (none)
TIN: ⟦ITIN⟧
Address: ⟦ADDR⟧
Signed ⟦DATE⟧
### rec-onboarding-checklist
Make an onboarding checklist for ⟦A⟧ starting ⟦DATE:fut⟧:
- laptop from ⟦B.f⟧ in IT, temp password ⟦SEC:pw⟧ (change at first login)
- building pass: photo to ⟦C⟧
- buddy: ⟦D⟧
- payroll form + P45
### rec-teams-chat
summarize this teams chat into action items

⟦A⟧  ⟦TIME⟧
@⟦B⟧ did ⟦C⟧ accept?

⟦B⟧  ⟦TIME⟧
verbally yes, waiting on references from ⟦D⟧

⟦A⟧  ⟦TIME⟧
ok. ⟦~⟧Mark as "offer stage" in the ATS. also ⟦E.f⟧ cv needs anonymising before it goes to ⟦ORG⟧
### rec-placements-csv csv
Total fees by consultant for Q1:

placement_date,candidate,client,consultant,fee
⟦DATE:iso⟧,"⟦A⟧",⟦ORG⟧,⟦B⟧,⟦AMT⟧
⟦DATE:iso⟧,"⟦C⟧",Northgate Logistics,⟦B⟧,⟦AMT⟧
⟦DATE:iso⟧,"⟦D⟧",⟦ORG⟧,⟦E⟧,⟦AMT⟧
### rec-cv-ocr
The CV came as a scanned PDF, here's the OCR, please fix the spacing:

C URRICULUM  VITAE
N a m e :  ⟦A⟧
D.O.B.: ⟦DOB⟧     Place of birth: ⟦CITY⟧
Tel: ⟦PHONE⟧   E-mail: ⟦A.e⟧
Addr: ⟦ADDR⟧
Ma rital status: ⟦?single|married⟧
### rec-anonymise-request
Anonymise this CV header for the blind shortlist (replace with [CANDIDATE 3]):

⟦A⟧ | ⟦A.e⟧ | ⟦PHONE⟧ | linkedin.com/in/⟦A.u⟧
Born ⟦DOB⟧ in ⟦CITY⟧, ⟦?married, two children|single|married⟧
""",
    )
)

# ===========================================================================
# English: call centre
TEMPLATES.append(
    (
        "en",
        r"""
### cc-idv-transcript
Score this call for the ID&V step (pass/fail per question) and write the CRM summary.

AGENT: Thanks for calling ClearVoice on behalf of ⟦?Westfield Energy|Nova Mobile|Crestline Insurance⟧, my name's ⟦A.f⟧. Who am I speaking with?
CUSTOMER: ⟦B⟧.
AGENT: Can you confirm your date of birth, ⟦B.f⟧?
CUSTOMER: ⟦DOB:long⟧.
AGENT: And the postcode on the account?
CUSTOMER: It's ⟦ADDR⟧, sorry, the whole thing.
AGENT: That's fine. And the email we hold?
CUSTOMER: ⟦B.e⟧
AGENT: Thank you, you're verified.
### cc-qa-scorecard
Fill the QA scorecard from my notes (agent ⟦A⟧, call ⟦TICKET⟧, ⟦DATE:week⟧):
greeting ok, didn't use customer's name (⟦B.hon⟧ ⟦B.l⟧) until minute 6
read the full card number back aloud (⟦CARD⟧) - PCI breach!!
hold 4:12 without checking in
resolution: refund ⟦AMT:small⟧, correct
### cc-callback-queue csv
Prioritise this callback queue (vulnerable customers first):

requested,name,phone,reason,flag
⟦TS:iso⟧,"⟦A⟧",⟦PHONE⟧,billing,
⟦TS:iso⟧,"⟦B⟧",⟦PHONE⟧,no heating,vulnerable (age 87)
⟦TS:iso⟧,"⟦C⟧",⟦PHONE⟧,complaint,
⟦TS:iso⟧,"⟦D⟧",⟦PHONE⟧,meter reading,hearing impaired - use text relay
### cc-ivr-log
Why did this caller get routed to the wrong queue? IVR log:

⟦TS⟧ call-id ⟦UUID⟧ ANI ⟦PHONE:intl⟧ DNIS 0800⟦NUM:100000-999999⟧
⟦TS⟧ menu=main input=2
⟦TS⟧ menu=auth prompt=dob input=⟦DOB:dmy⟧
⟦TS⟧ menu=auth prompt=pin input=⟦SEC:pin⟧ result=OK
⟦TS⟧ lookup account holder="⟦A⟧"
⟦TS⟧ route queue=collections (expected: billing)
### cc-complaint-summary ans
**Complaint summary for ⟦A⟧ (account ⟦NUM:10000000-99999999⟧)**

- ⟦A.f⟧ called 4 times between ⟦DATE⟧ and ⟦DATE⟧ about an estimated bill of ⟦AMT⟧.
- Agent ⟦B⟧ promised a callback that never happened.
- Customer's preferred contact: ⟦PHONE⟧ after 5pm, or ⟦A.e⟧.
- Address on account: ⟦ADDR⟧

Recommended: apologise, cancel the estimate, offer ⟦AMT:small⟧ goodwill.
### cc-script-placeholders
Rewrite this call script to sound more natural. Keep the placeholders.

"Good morning, am I speaking with {{customer_name}}? My name is {{agent_name}} from ⟦ORGN⟧. For security, can you confirm your date of birth?"

(Example from today's call for context: customer was ⟦A⟧, DOB ⟦DOB⟧, agent ⟦B.f⟧.)
### cc-whisper-chat
turn this supervisor whisper chat into coaching notes for ⟦A.f⟧

⟦B⟧: ⟦A.f⟧ don't read the card back
⟦A⟧: sorry!! he gave it to me before I could stop him
⟦B⟧: ok, put a note on the account. what's his name?
⟦A⟧: ⟦C:m⟧, ⟦PHONE⟧
⟦B⟧: mask it in the notes. I'll tell ⟦D.f⟧ in compliance
### cc-phone-payment
Clean this speech-to-text payment call (remove filler words), keep the numbers exactly:

AGENT: ok so the long number on the front
CUSTOMER: yeah it's um ⟦CARD⟧
AGENT: and expiry
CUSTOMER: ⟦NUM:1-12⟧ ⟦NUM:26-30⟧
AGENT: name on the card
CUSTOMER: ⟦A.U⟧ no wait it's my husband's card, ⟦B.U:m⟧
### cc-escalation-email
Make this escalation email more concise:

To: ⟦A.e⟧
Cc: ⟦B.e⟧
Subject: ESCALATION - ⟦C⟧ - 5th contact

Hi ⟦A.f⟧, customer ⟦C⟧ (DOB ⟦DOB⟧, ⟦ADDR⟧) has now called five times about the broadband outage. ⟦C.He⟧ works from home and is threatening to go to the ombudsman. Router MAC ⟦MAC⟧, WAN IP ⟦IP⟧. Engineer visit was cancelled twice. Please call ⟦C.him⟧ on ⟦PHONE⟧ today.
### cc-shift-roster
Build the shift roster for ⟦~⟧Saturday (8-8) with 2 TLs and 12 agents:
TLs: ⟦A⟧, ⟦B⟧
Agents: ⟦C.f⟧, ⟦D.f⟧, ⟦E.f⟧, ⟦F.f⟧, ⟦G.f⟧, ⟦H.f⟧ + 6 temps from TalentBridge
⟦C.f⟧ and ⟦D.f⟧ can't do lates. ⟦E⟧ is training ⟦F.f⟧.
### cc-crm-notes json
{"model":"⟦MODEL⟧","messages":[{"role":"system","content":"Summarise CRM notes in 3 bullets."},{"role":"user","content":"[{\"ts\":\"⟦TS:iso⟧\",\"agent\":\"⟦A⟧\",\"note\":\"⟦B⟧ called re direct debit, IBAN updated to ⟦IBAN⟧\"},{\"ts\":\"⟦TS:iso⟧\",\"agent\":\"⟦C⟧\",\"note\":\"customer disputes charge, DOB verified ⟦DOB:iso⟧\"},{\"ts\":\"⟦TS:iso⟧\",\"agent\":\"⟦A⟧\",\"note\":\"sent letter to ⟦ADDR⟧\"}]"}]}
### cc-voicemail-transcripts
Triage these voicemail transcripts:
1. "hi it's ⟦A⟧ my account number is ⟦NUM:10000000-99999999⟧ please call me back on ⟦PHONE⟧"
2. "this is ⟦B⟧ from ⟦ORG⟧ calling for ⟦C.hon⟧ ⟦C.l⟧ regarding the order"
3. "[inaudible] ⟦PHONE⟧ [inaudible] thanks"
### cc-chatbot-transcript
Why did the bot hand off here? Transcript:

Bot: Hi! What can I help with?
User: change my address
Bot: Sure. Please confirm your full name and date of birth.
User: ⟦A⟧ ⟦DOB⟧
Bot: Thanks ⟦A.f⟧. What's the new address?
User: ⟦ADDR:ml⟧
Bot: I couldn't validate that address. Let me connect you to an agent.
### cc-sim-swap
Is this SIM swap request safe to approve? Notes:

Caller claims to be ⟦A⟧, number ⟦PHONE⟧
DOB given: ⟦DOB⟧ (matches)
Passport quoted: ⟦PASS⟧ (not on file)
Requested new SIM delivered to ⟦ADDR⟧ (differs from billing address ⟦ADDR⟧)
Caller couldn't answer security question. Agent ⟦B.f⟧ put on hold.
### cc-utility-account
Summarize the account for a home visit:
Account ⟦NUM:100000000-999999999⟧ · ⟦A⟧ · DOB ⟦DOB:old⟧
Supply address: ⟦ADDR⟧
Prepayment meter, emergency credit used 3x
Priority services register: yes (oxygen at home)
Relative: ⟦B⟧, ⟦PHONE⟧
### cc-fnol-call
Write the first notification of loss from this call:
CALLER: My name's ⟦A⟧, policy ⟦CODE⟧⟦NUM:10000-99999⟧. Someone hit my car at the ⟦ORG⟧ ⟦~⟧car park.
AGENT ⟦B.f⟧: When was this?
CALLER: ⟦DATE:week⟧, about ⟦TIME⟧.
AGENT ⟦B.f⟧: Do you have the other driver's details?
CALLER: ⟦C⟧, phone ⟦PHONE⟧, licence ⟦DL⟧.
### cc-debt-collection
Make this collections call note compliant (no threatening language):
⟦DATE:week⟧ called ⟦A⟧ re arrears ⟦AMT⟧. Said ⟦A.he⟧ lost job at ⟦ORG⟧. Told ⟦A.him⟧ we'll send bailiffs to ⟦ADDR⟧ if no payment by ⟦~⟧Friday. Wife ⟦B:f⟧ shouting in background. Agent: ⟦C.u⟧
### cc-survey-verbatims
Theme these survey comments (positive/negative/topic):
"⟦A.f⟧ was brilliant, sorted it in 5 mins" - ⟦B⟧
"waited 40 mins then cut off" - ⟦C⟧, ⟦PHONE⟧
"please ask ⟦D.f:f⟧ to call me back, she promised" - ⟦E⟧
"will never use ⟦~⟧Chase again, oh wait wrong company lol" - ⟦F⟧
### cc-asterisk-log
Why is audio one-way on these calls? Asterisk log:

[⟦TS⟧] VERBOSE[⟦NUM:1000-9999⟧] Executing Dial("SIP/agent-⟦A.u⟧", "SIP/trunk/⟦PHONE:nat⟧")
[⟦TS⟧] WARNING rtp.c: Received RTP from ⟦IP⟧:⟦NUM:10000-20000⟧ but expected ⟦IP⟧
[⟦TS⟧] NOTICE chan_sip.c: Peer 'agent-⟦A.u⟧' is now Reachable (⟦IP⟧, MAC ⟦MAC⟧)
### cc-password-reset
Is this password reset handling OK per policy?

⟦TS⟧ agent ⟦A.u⟧ reset portal password for ⟦B⟧ (⟦B.e⟧)
temporary password read to customer over phone: ⟦SEC:pw⟧
customer failed 2 of 3 security questions
### cc-interpreter-call
Summarize this interpreted call (via language line, ⟦?Polish|Arabic|Tigrinya|Portuguese|Romanian⟧):
AGENT ⟦A.f⟧: Please ask for the date of birth.
INTERPRETER: She says ⟦DOB⟧.
AGENT ⟦A.f⟧: And her full name as on the bill?
INTERPRETER: ⟦B:f⟧. Her son ⟦C.f:m⟧ usually pays, his number is ⟦PHONE⟧.
### cc-training-example
Turn this real call into an anonymised training example, replace personal details with [NAME], [DOB] etc.:

Customer ⟦A⟧ rang about a double charge of ⟦AMT⟧ on card ⟦CARD⟧. Verified with DOB ⟦DOB⟧ and address ⟦ADDR⟧. Agent ⟦B⟧ escalated to ⟦C⟧ in billing.
### cc-wallboard-alert
Explain these wallboard alerts to the new TL:
ALERT queue=billing waiting=34 longest=12:40
ALERT agent ⟦A.u⟧ (⟦A⟧) in ACW 18:00
ALERT callback due: ⟦B⟧ ⟦PHONE⟧ (promised by ⟦C.f⟧ at 14:00)
""",
    )
)

# ===========================================================================
# English: everyday office use (various organizations)
TEMPLATES.append(
    (
        "en",
        r"""
### gen-birthday-message
Write a funny but kind birthday message for ⟦A.f⟧ from the team (⟦B.f⟧, ⟦C.f⟧, ⟦D.f⟧). ⟦A.He⟧ was born ⟦DOB:long⟧, so it's a big one. ⟦A.He⟧ loves ⟦~⟧Ruby (⟦A.his⟧ dog) and hates ⟦~⟧Mondays.
### gen-ics-invite
Fix this calendar invite, Outlook says it's invalid:

BEGIN:VCALENDAR
BEGIN:VEVENT
DTSTART:2025031⟦NUM:1-6⟧T140000Z
SUMMARY:Quarterly review with ⟦A⟧
ORGANIZER;CN=⟦B⟧:mailto:⟦B.e⟧
ATTENDEE;CN=⟦A⟧:mailto:⟦A.e⟧
ATTENDEE;CN=⟦C⟧:mailto:⟦C.e⟧
LOCATION:Room 3.12 / dial-in ⟦PHONE⟧ PIN ⟦SEC:pin⟧
END:VEVENT
END:VCALENDAR
### gen-expense-report
Categorise these expenses and total them for my claim:
⟦DATE⟧ ⟦?Wendy's|Denny's|Arby's⟧ ⟦~⟧⟦AMT:small⟧ (lunch w/ ⟦A⟧ from ⟦ORG⟧)
⟦DATE⟧ ⟦?Hilton|Marriott⟧ ⟦~⟧⟦AMT⟧ 2 nights
⟦DATE⟧ Uber ⟦AMT:small⟧
Paid with corporate card ⟦CARD⟧
Approver: ⟦B⟧
### gen-travel-itinerary
Make a clean itinerary from this booking confirmation:

PASSENGER: ⟦A.UL⟧/⟦A.f⟧ ⟦?MR|MS|MRS⟧
Booking ref ⟦CODE⟧ · e-ticket ⟦NUM:1000000000000-9999999999999⟧
⟦?LH 1234|BA 117|AF 1680|KL 1023⟧  ⟦DATE:fut⟧  dep 07:10
Passport on booking: ⟦PASS⟧, DOB ⟦DOB⟧
Hotel: Hotel Aurelia ⟦CITY⟧, conf ⟦CODE⟧
Emergency contact: ⟦B⟧ ⟦PHONE⟧
### gen-linkedin-post
Polish this LinkedIn post, keep the tags:
"Huge thanks to @⟦A⟧ and @⟦B⟧ for an amazing ⟦NUM:3-10⟧ years at ⟦ORGN⟧! Today I start a new chapter at ⟦ORG⟧ ⟦~⟧. Special shout-out to my mentor ⟦C⟧ 🙏 #newjob #grateful"
### gen-out-of-office
Write an out-of-office reply: I'm away until ⟦DATE:fut⟧. For urgent matters contact ⟦A⟧ (⟦A.e⟧) or, for anything about the ⟦?Dell|Philips|Siemens⟧ ⟦~⟧account, ⟦B⟧ on ⟦PHONE⟧.
### gen-password-export csv
I exported my passwords from the browser to move them to the company password manager. Which ones are weak?

name,url,username,password
bank,https://online.firstharborbank.com,⟦A.e⟧,⟦SEC:pw⟧
email,https://mail.google.com,⟦A.e⟧,⟦SEC:pw⟧
router,http://⟦IP⟧,admin,⟦SEC:pw⟧
streaming,https://www.netflix.com,⟦EMAIL⟧,⟦SEC:pw⟧
### gen-2fa-recovery
Where should I store these recovery codes safely? (from my work GitHub, user ⟦A.u⟧)
⟦SEC:rec⟧
⟦SEC:rec⟧
⟦SEC:rec⟧
⟦SEC:rec⟧
### gen-home-wifi
my kid's school laptop won't join our home wifi. SSID "⟦?VM4410921|BTHub6-XR7Q|FRITZ!Box 7590 KQ|TP-Link_4F2A⟧", key ⟦SEC:wifi⟧, router at ⟦IP⟧. The laptop MAC is ⟦MAC⟧. What should I check?
### gen-tax-question cc=us
Quick tax question: my spouse ⟦A⟧ has an ITIN (⟦ITIN⟧) and I have an SSN (⟦SSN⟧). Can we file jointly? We have one child, ⟦B.f⟧, born ⟦DOB:kid,us⟧.
### gen-rental-application
Help me fill this rental application:
Applicant: ⟦A⟧, DOB ⟦DOB⟧
Current address: ⟦ADDR⟧ (3 years)
Employer: ⟦ORGN⟧, manager ⟦B⟧ ⟦PHONE⟧
Previous landlord: ⟦C⟧ ⟦PHONE⟧
Pets: one cat (⟦?Grace|Biscuit|Luna⟧) ⟦~⟧
### gen-wedding-guests
Split my wedding guest list into tables of 10, families together:
⟦A⟧ & ⟦B⟧, ⟦C⟧, ⟦D⟧ & ⟦E⟧, ⟦F⟧ (+1), ⟦G⟧, ⟦H⟧
Also I need addresses for invites: ⟦A.f⟧ is at ⟦ADDR⟧ and ⟦C.f⟧ at ⟦ADDR⟧.
### gen-school-forms
Fill this school trip form for my son, I'm in a hurry:
Child: ⟦A:m⟧, DOB ⟦DOB:kid⟧, class ⟦?4B|5A|3C⟧
Parent: ⟦B⟧, ⟦PHONE⟧
Medical: asthma (inhaler)
Second contact: ⟦C⟧ (⟦?grandparent|neighbour|family friend⟧) ⟦PHONE⟧
### gen-car-insurance
Compare these two car insurance quotes for me:
Driver: ⟦A⟧, DOB ⟦DOB⟧, licence ⟦DL⟧ held 12 years
Named driver: ⟦B⟧ (DOB ⟦DOB:young⟧)
Car: ⟦?Ford Focus|VW Golf|Toyota Yaris|Honda Civic⟧ ⟦~⟧2019, kept at ⟦ADDR⟧
Quote 1: ⟦AMT⟧ excess ⟦AMT:small⟧; Quote 2: ⟦AMT⟧ excess ⟦AMT:small⟧
### gen-crypto-question
Is it safe to share my wallet address with my colleague ⟦A⟧ so ⟦A.he⟧ can pay me back for the concert tickets? It's ⟦CRYPTO⟧. ⟦A.f⟧ says ⟦A.he⟧ uses the ⟦?Chase|Wells Fargo|Barclays|Santander⟧ ⟦~⟧app or something.
### gen-resignation
Make my resignation letter more professional:
"Dear ⟦A⟧, I'm quitting. Last day ⟦DATE:fut⟧. Thanks for nothing except ⟦B.f⟧ and ⟦C.f⟧ who were great. Send my P45 to ⟦ADDR⟧. - ⟦D⟧"
### gen-meeting-notes
Turn my scribbles into meeting notes:
attendees ⟦A⟧, ⟦B⟧, ⟦C⟧ (⟦ORG⟧), me
- ⟦C.f⟧ wants proposal by ⟦DATE:fut⟧
- budget ⟦AMT⟧, ⟦B.f⟧ to check w/ finance
- next call ⟦~⟧Tuesday, ⟦C.f⟧'s mobile ⟦PHONE⟧
### gen-condolence
Help me write a condolence card to ⟦A⟧, whose ⟦?partner|parent⟧ ⟦B⟧ passed away last week. ⟦B.f⟧ (born ⟦DOB:old⟧) used to bring cakes to the office every ⟦~⟧Friday.
### gen-translation-request
Translate into ⟦?French|German|Polish|Portuguese|Italian⟧:
"Dear ⟦A.hon⟧ ⟦A.l⟧, your visa appointment is confirmed. Please bring your passport (⟦PASS⟧) and the invitation letter from ⟦B⟧. If you cannot attend, call ⟦C⟧ on ⟦PHONE⟧."
### gen-excel-formula
Give me an Excel formula to calculate age from column C. Sample rows:
A: name | B: dept | C: birth date
⟦A⟧ | Sales | ⟦DOB⟧
⟦B⟧ | Ops | ⟦DOB⟧
⟦C⟧ | HR | ⟦DOB⟧
### gen-shared-drive-access
Write a polite email asking IT to give ⟦A⟧ (⟦A.e⟧) access to the finance share. ⟦A.He⟧ replaces ⟦B⟧, who left on ⟦DATE⟧. ⟦A.His⟧ laptop MAC is ⟦MAC⟧ if they need it for the NAC whitelist, and ⟦A.he⟧ sits at desk ⟦NUM:1-80⟧ (IP ⟦IP⟧).
### gen-phishing-check
Is this email a phishing attempt?

From: "IT Service Desk" (external sender, domain ⟦?brightl00p.io|firstharbor-bank.co|westbrook-gov.net⟧)
To: ⟦A.e⟧
Subject: Password expiry

Dear ⟦A⟧, your password expires today. Confirm your current password below to keep it:
Current password: ⟦SEC:pw⟧ ← I almost typed my real one here before stopping!
### gen-visa-letter
Draft an employment verification letter for ⟦A⟧'s visa:
Employee: ⟦A⟧, DOB ⟦DOB⟧, passport ⟦PASS⟧
Position: ⟦?Senior Nurse|Logistics Coordinator|Account Manager|Teacher⟧ since ⟦DATE:past⟧
Salary: ⟦AMT⟧
Signed by ⟦B⟧, HR Manager
### gen-rsvp-list
Count RSVPs and list dietary needs:
✅ ⟦A⟧ (veg)
✅ ⟦B⟧ + ⟦C⟧
❌ ⟦D⟧
✅ ⟦E⟧ (gluten free), ⟦~⟧Hope ⟦~⟧to see everyone!
❓ ⟦F⟧, ⟦PHONE⟧
### gen-kids-party
plan a kids party for my daughter ⟦A.f:f⟧ turning 7, she was born ⟦DOB:kid⟧. guests: ⟦B.f⟧, ⟦C.f⟧, ⟦D.f⟧, ⟦E.f⟧ and ⟦F.f⟧'s twins. budget ⟦AMT:small⟧. my neighbor ⟦G⟧ can host in ⟦G.his⟧ garden at ⟦ADDR⟧.
### gen-letter-of-reference
Write a character reference for my neighbour ⟦A⟧ for ⟦A.his⟧ court hearing. I've known ⟦A.him⟧ 12 years, ⟦A.he⟧ helped my mother ⟦B:f⟧ after her stroke. I'm ⟦C⟧, ⟦ADDR⟧, ⟦PHONE⟧.
### gen-apartment-complaint
Write a formal complaint to the landlord ⟦A⟧ about the broken heating at ⟦ADDR⟧. Reported ⟦DATE⟧ and ⟦DATE⟧. The agent ⟦B⟧ said the plumber (⟦C⟧) would come but nobody did. My tenancy ref ⟦CODE⟧.
### gen-mixed-questions
3 quick things:
1. what's a nice restaurant near ⟦PLACE⟧ ⟦~⟧for a client lunch?
2. how do I say "happy retirement ⟦A.f⟧" in ⟦?Spanish|Japanese|Polish⟧?
3. is ⟦ORG⟧ ⟦~⟧stock a good buy (asking for ⟦B.f⟧ lol)
### gen-vcard
This vCard won't import into my phone, what's wrong?

BEGIN:VCARD
VERSION:3.0
N:⟦A.l⟧;⟦A.f⟧;;;
FN:⟦A⟧
ORG:⟦ORGN⟧
TEL;TYPE=CELL:⟦PHONE⟧
EMAIL:⟦A.e⟧
ADR;TYPE=HOME:;;⟦ADDR⟧
BDAY:⟦DOB:iso⟧
END:VCARD
### gen-spreadsheet-cleanup
Clean up this pasted spreadsheet (fix caps, one phone format):
NAME	PHONE	CITY
⟦A.U⟧	⟦PHONE⟧	⟦CITY⟧
⟦B.lf⟧	⟦PHONE⟧	⟦CITY⟧
⟦C.UF⟧	⟦PHONE⟧	⟦CITY⟧
⟦D⟧	⟦PHONE⟧	⟦CITY⟧
""",
    )
)

# ===========================================================================
# German
TEMPLATES.append(
    (
        "de",
        r"""
### de-ueberweisung-email
Bitte formuliere eine höfliche Antwort: wir brauchen noch eine Kopie des Ausweises.

Von: ⟦A⟧ <⟦A.e⟧>
An: Filiale Lindenplatz
Betreff: Auslandsüberweisung für meine Tochter

Sehr geehrte Damen und Herren,
ich möchte ⟦AMT⟧ an meine Tochter ⟦B.f:f⟧ überweisen (Studium in ⟦?Wien|Zürich|Lyon|Krakau⟧).
Empfängerin: ⟦B⟧
IBAN: ⟦IBAN⟧
Mein Konto: ⟦IBAN:de⟧
Rückfragen gern unter ⟦PHONE⟧.
Mit freundlichen Grüßen
⟦A⟧
### de-bewerbung-json json
{"model": "⟦MODEL⟧", "messages": [{"role": "system", "content": "Du hilfst Personalberatern bei der Vorauswahl."}, {"role": "user", "content": "Fasse den Lebenslauf zusammen:\nName: ⟦A⟧\ngeb. am ⟦DOB⟧ in ⟦CITY⟧\nAnschrift: ⟦ADDR⟧\nTel.: ⟦PHONE⟧, E-Mail: ⟦A.e⟧\n2018-2024 Lagerleiter bei ⟦ORG⟧\nReferenz: ⟦B.hon⟧ ⟦B.l⟧ (ehem. Vorgesetzter)"}]}
### de-fuehrerschein-ocr
OCR vom Fuhrparkformular, bitte in eine Tabelle übertragen:

FAHRERERKLÄRUNG / Führerscheinkontrolle
Name, Vorname: ⟦A.lf⟧
Geburtsdatum: ⟦DOB:num⟧     Geburtsort: ⟦CITY⟧
Führerschein-Nr.: ⟦DL⟧   Klassen: B, BE, C1
Anschrift: ⟦ADDR⟧
Geprüft durch: ⟦B⟧ am ⟦DATE⟧
### de-lager-chat
Fass den Chat kurz zusammen, wer macht was am Samstag?

⟦A.f⟧: Wer übernimmt Samstag Frühschicht? Ich bin auf der Hochzeit von ⟦B.f⟧.
⟦C⟧: Ich mach's, aber ich brauch den Code fürs Rolltor
⟦A.f⟧: ⟦SEC:door⟧, nicht weitergeben 😅
⟦D.f⟧: ⟦C.f⟧, denk an die Lieferung von ⟦ORG⟧ ⟦~⟧um 7
⟦C.f⟧: 👍
### de-mietkaution
Darf der Vermieter die Kaution einbehalten? Kurze Einschätzung bitte.

Mieter: ⟦A⟧ (* ⟦DOB⟧) und ⟦B⟧
Wohnung: ⟦ADDR⟧
Vermieter: ⟦C.hon⟧ ⟦C.l⟧
Kaution ⟦AMT⟧ gezahlt am ⟦DATE:past⟧ von Konto ⟦IBAN:de⟧
Auszug am ⟦DATE⟧, Übergabeprotokoll unterschrieben von ⟦C.f⟧ ⟦~⟧und ⟦A.f⟧
### de-kunden-sql sql
Warum liefert die Abfrage zwei Treffer für dieselbe Kundin?

SELECT kd_nr, name, geb_datum, iban FROM kunden WHERE name LIKE '%⟦A.l⟧%';

 kd_nr  | name                | geb_datum  | iban
--------+---------------------+------------+-----------------------------
 ⟦NUM:100000-999999⟧ | ⟦A⟧ | ⟦DOB:iso#g⟧ | ⟦IBAN:de#i⟧
 ⟦NUM:100000-999999⟧ | ⟦A.lf⟧ | ⟦DOB:iso#g⟧ | ⟦IBAN:de#i⟧
### de-arztbrief-antwort ans
Hier die Zusammenfassung des Arztbriefs in einfacher Sprache:

⟦A.hon⟧ ⟦A.l⟧ (geboren am ⟦DOB:old⟧) war vom ⟦DATE⟧ bis ⟦DATE⟧ im ⟦HOSP⟧. Es wurde eine Lungenentzündung behandelt. Frau Dr. ⟦B.l:f⟧ empfiehlt eine Kontrolle beim Hausarzt, Dr. ⟦C⟧, in einer Woche. Bei Fragen erreichen Sie die Tochter, ⟦D⟧, unter ⟦PHONE⟧.
### de-env-kommentare
Warum startet der Container nicht? Hier die .env (Kommentare von ⟦A.f⟧):

# Zugangsdaten Testumgebung - NICHT produktiv!!
DB_HOST=⟦IP⟧
DB_PASSWORT=⟦SEC:dbpw⟧
# Schlüssel von ⟦B⟧ bekommen, läuft Ende ⟦?März|April|Juni⟧ ab ⟦~⟧
GITLAB_TOKEN=⟦SEC:gl⟧
MAIL_ABSENDER=⟦A.e⟧
### de-schadensmeldung
Formuliere eine Schadensmeldung an die Versicherung:
Am ⟦DATE⟧ gegen ⟦TIME⟧ Uhr ist unser Fahrer ⟦A:m⟧ (Führerschein ⟦DL⟧) beim Rangieren auf dem Hof gegen das Tor gefahren. Das Tor gehört ⟦B⟧, Anschrift ⟦ADDR⟧, Tel. ⟦PHONE⟧. Zeuge: ⟦C⟧. Kennzeichen ⟦?B-NL 4411|HH-KR 207|M-TX 9082⟧.
""",
    )
)

# ===========================================================================
# French
TEMPLATES.append(
    (
        "fr",
        r"""
### fr-dossier-patient
Peux-tu résumer ce dossier pour la relève de l'équipe de nuit ?

Patient : ⟦A.UF⟧, né(e) le ⟦DOB:old⟧
Adresse : ⟦ADDR⟧
Personne de confiance : ⟦B:f⟧ (⟦?fille|conjointe|voisine⟧), ⟦PHONE⟧
Médecin traitant : Dr ⟦C⟧
Entré le ⟦DATE⟧ pour chute à domicile. Sous anticoagulants.
### fr-mail-avocat
Rédige une réponse courte à ce mail du client :

De : ⟦A⟧ <⟦A.e⟧>
Objet : Dossier ⟦B.l⟧ c/ ⟦A.l⟧ - audience du ⟦DATE:fut⟧

Maître ⟦C.l⟧,
Mon ancien associé ⟦B:m⟧ refuse toujours de me rembourser. Je vous joins le RIB sur lequel il devait verser la somme : ⟦IBAN:fr⟧. Je suis joignable au ⟦PHONE⟧ jusqu'à 18h.
Cordialement,
⟦A.f⟧
### fr-json-reservation json
{"model": "⟦MODEL⟧", "messages": [{"role": "system", "content": "Tu aides la réception de l'Hôtel Aurelia."}, {"role": "user", "content": "Le client dit que sa réservation est erronée : {\"nom\": \"⟦A.l⟧\", \"prenom\": \"⟦A.f⟧\", \"date_naissance\": \"⟦DOB⟧\", \"tel\": \"⟦PHONE⟧\", \"email\": \"⟦A.e⟧\", \"carte\": \"⟦CARD⟧\", \"arrivee\": \"⟦DATE⟧\"}. Que vérifier ?"}]}
### fr-formulaire-ocr
Voici l'OCR d'une fiche d'inscription scolaire, remets-la au propre :

FICHE DE RENSElGNEMENTS - Année 2025/2026
Nom de l'élève : ⟦A.UL⟧   Prénom : ⟦A.f⟧
Né(e) le : ⟦DOB:kid⟧ à ⟦CITY⟧
Responsable légal 1 : ⟦B⟧ - tél. ⟦PHONE⟧ - ⟦B.e⟧
Responsable légal 2 : ⟦C⟧ - tél. ⟦PHONE⟧
Adresse : ⟦ADDR:ml⟧
### fr-reponse-banque ans
Voici un modèle de courrier :

Madame, Monsieur ⟦A.l⟧,
Nous accusons réception de votre demande d'opposition sur la carte n° ⟦CARD⟧ en date du ⟦DATE:long⟧. Une nouvelle carte vous sera adressée au ⟦ADDR⟧ sous 7 jours.
Votre conseiller, ⟦B⟧, reste à votre disposition au ⟦PHONE⟧.
### fr-conseil-municipal
Rédige le compte rendu à partir de ces notes :
Présents : M. le Maire ⟦A:m⟧, Mme ⟦B.l:f⟧ (adjointe), M. ⟦C.l:m⟧, Mme ⟦D:f⟧.
Point 3 : réclamation de M. ⟦E:m⟧, domicilié ⟦ADDR⟧, au sujet du stationnement rue ⟦~⟧Émile-Lambert.
Décision : étude confiée à ⟦B.f⟧ ⟦~⟧pour le ⟦DATE:fut⟧.
""",
    )
)

# ===========================================================================
# Spanish
TEMPLATES.append(
    (
        "es",
        r"""
### es-correo-cliente
Ayúdame a contestar a este cliente, con tono amable:

De: ⟦A⟧ <⟦A.e⟧>
Asunto: Devolución pedido ⟦ORDER⟧

Hola, soy ⟦A.f⟧. El jarrón llegó roto. Quiero el reembolso a la tarjeta ⟦CARD⟧. Mi dirección es ⟦ADDR⟧ por si tenéis que recogerlo. Teléfono ⟦PHONE⟧.
Gracias, ⟦A⟧
### es-json-nomina json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Revisa si faltan datos para dar de alta al trabajador en nómina: {\"nombre\": \"⟦A⟧\", \"nacimiento\": \"⟦DOB⟧\", \"iban\": \"⟦IBAN:es⟧\", \"direccion\": \"⟦ADDR⟧\", \"telefono\": \"⟦PHONE⟧\", \"alta\": \"⟦DATE:fut⟧\"}"}]}
### es-whatsapp-reparto
Resume lo que pasó con esta entrega:
[⟦TIME⟧] ⟦A.f⟧ (repartidor): estoy en el portal, no contesta nadie
[⟦TIME⟧] Central: llama al ⟦PHONE⟧
[⟦TIME⟧] ⟦A.f⟧: dice la vecina ⟦B⟧ que se lo deje a ella
[⟦TIME⟧] Central: vale, foto y firma. El cliente es ⟦C⟧, ⟦ADDR⟧
### es-contrato-alquiler
¿Es abusiva esta cláusula? Contrato de arrendamiento:
"El arrendatario, D./Dña. ⟦A⟧, con pasaporte ⟦PASS⟧, nacido/a el ⟦DOB:long⟧, abonará a ⟦B⟧ una fianza de tres mensualidades en la cuenta ⟦IBAN:es⟧ antes del ⟦DATE:fut⟧."
### es-respuesta-rrhh ans
Estimado/a ⟦A⟧:

Le confirmamos su incorporación el ⟦DATE:long⟧ como ⟦?mozo de almacén|recepcionista|enfermero/a⟧. Su responsable será ⟦B.hon⟧ ⟦B.l⟧. Por favor, envíe antes del viernes ⟦~⟧una copia de su DNI (⟦DL:es⟧) a ⟦C.e⟧.

Un saludo,
⟦C⟧
### es-acta-reunion
Pasa a limpio el acta:
Asistentes: ⟦A⟧ (presidenta), ⟦B⟧, ⟦C⟧ y ⟦D.f⟧ de contabilidad.
⟦B.f⟧ propone cambiar la clave del wifi de invitados (ahora «⟦SEC:wifi⟧»).
Se aprueba el presupuesto de ⟦AMT⟧ para la sede de ⟦CITY⟧.
""",
    )
)

# ===========================================================================
# Portuguese
TEMPLATES.append(
    (
        "pt",
        r"""
### pt-ficha-cadastro
Revisa esta ficha de cadastro e diz o que falta:
Nome completo: ⟦A⟧
Data de nascimento: ⟦DOB⟧
Passaporte: ⟦PASS⟧
Endereço: ⟦ADDR⟧
Celular: ⟦PHONE⟧
Indicado por: ⟦B⟧
### pt-json-suporte json
{"model": "⟦MODEL⟧", "messages": [{"role": "system", "content": "Você classifica chamados de suporte."}, {"role": "user", "content": "Chamado ⟦TICKET⟧ de ⟦A⟧ (⟦A.e⟧): não consigo entrar na conta, aparece erro 403. IP ⟦IP⟧. A minha colega ⟦B⟧ tem o mesmo problema."}]}
### pt-contrato-trabalho
Verifica se este contrato tem os dados mínimos:
Entre ⟦ORGN⟧ e ⟦A⟧, nascido(a) em ⟦DOB:long⟧, residente em ⟦ADDR⟧, portador(a) do passaporte n.º ⟦PASS⟧, com início a ⟦DATE:fut⟧. Remuneração ⟦AMT⟧, paga por transferência para ⟦IBAN⟧.
### pt-resposta-hotel ans
Prezado(a) ⟦A⟧,

Confirmamos a sua reserva ⟦CODE⟧ de ⟦DATE⟧ a ⟦DATE⟧. O cartão ⟦CARD⟧ foi usado apenas como garantia. A ⟦B⟧ da receção estará à sua espera. Para alterações, contacte-nos pelo e-mail ⟦C.e⟧.

Atenciosamente,
⟦C⟧
### pt-planilha-doadores
Organiza esta planilha por valor doado:
⟦A⟧ | ⟦A.e⟧ | ⟦AMT⟧
⟦B⟧ | ⟦B.e⟧ | ⟦AMT⟧
⟦C⟧ | pix: ⟦PHONE⟧ | ⟦AMT⟧
""",
    )
)

# ===========================================================================
# Italian
TEMPLATES.append(
    (
        "it",
        r"""
### it-mail-studio-legale
Scrivi una risposta breve al cliente:

Da: ⟦A⟧ <⟦A.e⟧>
Oggetto: Pratica di successione

Gentile Avv. ⟦B.l⟧,
le invio i dati di mia madre, ⟦C:f⟧, nata il ⟦DOB:old⟧ e residente in ⟦ADDR⟧. Il conto cointestato è ⟦IBAN:it⟧. Mio fratello ⟦D.f:m⟧ è d'accordo.
Cordiali saluti
⟦A⟧, cell. ⟦PHONE⟧
### it-scheda-ospite
Trascrivi la scheda ospite per la comunicazione alla Questura:
Cognome: ⟦A.UL⟧   Nome: ⟦A.f⟧
Nato/a il: ⟦DOB⟧ a ⟦CITY⟧
Documento: passaporto n. ⟦PASS⟧
Residenza: ⟦ADDR⟧
Arrivo ⟦DATE:week⟧, camera ⟦NUM:101-520⟧
### it-json-ticket json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Riassumi questo ticket: l'utente ⟦A⟧ (⟦A.e⟧) non riesce a stampare, stampante ⟦IP⟧ MAC ⟦MAC⟧. Il collega ⟦B⟧ dice che ieri funzionava."}]}
### it-chat-reparto
Riassumi la chat del reparto:
⟦A.f⟧: il paziente del letto 8, ⟦B.hon⟧ ⟦B.l⟧, chiede della figlia
⟦C.f⟧: la figlia ⟦D:f⟧ ha chiamato, il suo numero è ⟦PHONE⟧
⟦A.f⟧: ok la richiamo io. il codice dello spogliatoio è cambiato? 
⟦C.f⟧: sì, ⟦SEC:door⟧
### it-contratto-fornitura
Controlla i dati del contratto:
Il sig./la sig.ra ⟦A⟧, nato/a a ⟦CITY⟧ il ⟦DOB:long⟧, patente n. ⟦DL⟧, domiciliato/a in ⟦ADDR⟧, si impegna a pagare ⟦AMT⟧ sul conto ⟦IBAN:it⟧ entro il ⟦DATE:fut⟧.
### it-risposta-candidato ans
Gentile ⟦A⟧,

grazie per la candidatura. Le confermo il colloquio il ⟦DATE:long⟧ alle ⟦TIME⟧ con la dott.ssa ⟦B.l:f⟧ e ⟦C⟧. Porti con sé un documento d'identità.

Cordiali saluti,
⟦D⟧
""",
    )
)

# ===========================================================================
# Dutch
TEMPLATES.append(
    (
        "nl",
        r"""
### nl-mail-huurder
Schrijf een nette reactie aan deze huurder:

Van: ⟦A⟧ <⟦A.e⟧>
Onderwerp: Lekkage badkamer

Beste ⟦B.hon⟧ ⟦B.l⟧,
Sinds ⟦DATE⟧ lekt het plafond in de badkamer van ⟦ADDR⟧. De loodgieter van ⟦C⟧ is niet gekomen. Bel me op ⟦PHONE⟧. Ik houd de huur in op ⟦IBAN:nl⟧ als het niet opgelost wordt.
Groet, ⟦A.f⟧
### nl-json-klacht json
{"model": "⟦MODEL⟧", "messages": [{"role": "system", "content": "Je helpt de klantenservice van ⟦ORGN⟧."}, {"role": "user", "content": "Vat de klacht samen: klant ⟦A⟧ (⟦A.e⟧, ⟦PHONE⟧) is twee keer ⟦AMT⟧ afgeschreven van ⟦IBAN⟧. Collega ⟦B⟧ heeft al teruggebeld."}]}
### nl-antwoord-gemeente ans
Geachte ⟦A.hon⟧ ⟦A.l⟧,

Wij hebben uw bezwaar tegen de parkeerboete van ⟦DATE⟧ ontvangen. Uw rijbewijs (⟦DL⟧) en het adres ⟦ADDR⟧ zijn gecontroleerd. U hoort binnen zes weken van ons. Uw dossier wordt behandeld door ⟦B⟧.

Met vriendelijke groet,
⟦B⟧
### nl-script-export
Waarom crasht dit script op namen met "van"?
```python
klanten = [("⟦A.l⟧", "⟦A.f⟧", "⟦DOB:iso⟧"), ("⟦B.l⟧", "⟦B.f⟧", "⟦DOB:iso⟧")]
# ⟦C.f⟧ zegt: achternaam eerst sorteren zonder tussenvoegsel
API_KEY = "⟦SEC:key⟧"
```
### nl-patientoverdracht
Maak een SBAR-overdracht:
Mevr. ⟦A:f⟧, geb. ⟦DOB:old⟧, kamer ⟦NUM:1-40⟧. Dochter ⟦B⟧ belt elke avond (⟦PHONE⟧). Huisarts: ⟦C⟧. Valrisico hoog.
""",
    )
)

# ===========================================================================
# Polish
TEMPLATES.append(
    (
        "pl",
        r"""
### pl-mail-reklamacja
Pomóż mi odpisać klientowi, uprzejmie:

Od: ⟦A⟧ <⟦A.e⟧>
Temat: Reklamacja zamówienia ⟦ORDER⟧

Dzień dobry, paczka przyszła uszkodzona. Proszę o zwrot na konto ⟦IBAN:pl⟧. Mój adres: ⟦ADDR⟧, tel. ⟦PHONE⟧.
Pozdrawiam, ⟦A.f⟧
### pl-karta-pacjenta
Streść kartę pacjenta dla lekarza dyżurnego:
Pacjent: ⟦A⟧, ur. ⟦DOB:old⟧
Adres: ⟦ADDR⟧
Osoba do kontaktu: ⟦B:f⟧ (⟦?córka|żona|siostra⟧), ⟦PHONE⟧
Lekarz prowadzący: dr ⟦C⟧
Przyjęty ⟦DATE⟧ z powodu upadku.
### pl-odpowiedz-bank ans
Szanowna Pani / Szanowny Panie ⟦A.l⟧,

potwierdzamy zastrzeżenie karty ⟦CARD⟧ w dniu ⟦DATE:long⟧. Nowa karta zostanie wysłana na adres ⟦ADDR⟧. W razie pytań prosimy o kontakt z doradcą, ⟦B⟧, tel. ⟦PHONE⟧.
### pl-umowa-najmu
Czy ten zapis umowy jest w porządku?
„Najemca, ⟦A⟧, urodzony(a) ⟦DOB:long⟧, legitymujący(a) się paszportem nr ⟦PASS⟧, wpłaci kaucję ⟦AMT⟧ na rachunek Wynajmującego ⟦B⟧ nr ⟦IBAN:pl⟧ do dnia ⟦DATE:fut⟧.”
""",
    )
)

# ===========================================================================
# Czech
TEMPLATES.append(
    (
        "cs",
        r"""
### cs-email-rodic
Pomoz mi odpovědět mamince žáka, vlídně a stručně:

Od: ⟦A⟧ <⟦A.e⟧>
Předmět: Omluvenka - ⟦B⟧, 4.B

Dobrý den, paní učitelko ⟦C.l:f⟧,
⟦B.f⟧ byl(a) od pondělí nemocný(á), přikládám lékařskou zprávu od MUDr. ⟦D⟧. Pokud byste potřebovala, volejte mi na ⟦PHONE⟧ po 16. hodině.
Děkuji, ⟦A⟧
### cs-konfigurace
Proč se aplikace nepřipojí k databázi? Konfigurace (komentáře od ⟦A.f⟧):

# produkční DB - heslo změnil ⟦B⟧ minulý týden
db.host=⟦IP⟧
db.user=eshop
db.password=⟦SEC:dbpw⟧
# klíč k platební bráně, NESDÍLET
payment.apiKey=⟦SEC:stripe⟧
notify.email=⟦A.e⟧
### cs-odpoved-hotel ans
Vážená paní / Vážený pane ⟦A.l⟧,

potvrzujeme Vaši rezervaci ⟦CODE⟧ od ⟦DATE⟧. Karta ⟦CARD⟧ slouží pouze jako záruka. Na recepci Vás přivítá ⟦B⟧.

S pozdravem
⟦C⟧
### cs-it-pozadavek
Shrň požadavek pro IT:
Požadavek ⟦TICKET⟧ od ⟦A⟧ (⟦A.e⟧)
Tiskárna v kanceláři 2.14 nefunguje od ⟦DATE:week⟧.
IP tiskárny ⟦IP⟧, MAC ⟦MAC⟧.
Kolega ⟦B.f⟧ zkoušel restart, bez výsledku.
""",
    )
)

# ===========================================================================
# Slovak
TEMPLATES.append(
    (
        "sk",
        r"""
### sk-email-ziadost
Pomôž mi odpovedať na tento e-mail:

Od: ⟦A⟧ <⟦A.e⟧>
Predmet: Zmena bankového účtu

Dobrý deň, prosím o zmenu účtu pre výplatu na ⟦IBAN:sk⟧. Nová adresa: ⟦ADDR⟧. Telefón: ⟦PHONE⟧.
Ďakujem, ⟦A.f⟧
### sk-formular-ocr
Prepíš tento naskenovaný formulár (OCR) do tabuľky:
PRIHLÁŠKA DO ŠKOLSKÉHO KLUBU
Meno a priezvisko dieťaťa: ⟦A.U⟧
Dátum narodenia: ⟦DOB:kid⟧
Zákonný zástupca: ⟦B⟧, tel. ⟦PHONE⟧
Adresa: ⟦ADDR⟧
Dieťa môže vyzdvihnúť aj: ⟦C⟧
### sk-json-tiket json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Zhrň tiket ⟦TICKET⟧: používateľ ⟦A⟧ (⟦A.e⟧) sa nevie pripojiť na VPN z IP ⟦IP⟧. Kolega ⟦B⟧ mu poslal dočasné heslo ⟦SEC:pw⟧."}]}
### sk-chat-recepcia
Zhrň konverzáciu:
⟦A.f⟧: hosť z izby 204, ⟦B.hon⟧ ⟦B.l⟧, stratil kartu
⟦C.f⟧: nová karta je pripravená, kód trezoru je ⟦SEC:pin⟧
⟦A.f⟧: ok, a pani ⟦D.l:f⟧ chce neskorý check-out
### sk-odpoved-urad ans
Vážený pán / Vážená pani ⟦A.l⟧,

Vašu žiadosť zo dňa ⟦DATE:long⟧ sme prijali. Rozhodnutie zašleme na adresu ⟦ADDR⟧. Spis vybavuje ⟦B⟧.

S pozdravom
⟦B⟧
""",
    )
)

# ===========================================================================
# Romanian
TEMPLATES.append(
    (
        "ro",
        r"""
### ro-email-avocat
Ajută-mă să formulez un răspuns scurt pentru client:

De la: ⟦A⟧ <⟦A.e⟧>
Subiect: Dosarul de succesiune

Bună ziua, doamna avocat ⟦B.l:f⟧,
Vă trimit datele tatălui meu, ⟦C:m⟧, născut la ⟦DOB:old⟧, cu domiciliul în ⟦ADDR⟧. Contul comun este ⟦IBAN:ro⟧. Sora mea ⟦D.f:f⟧ este de acord.
Cu stimă, ⟦A⟧, tel. ⟦PHONE⟧
### ro-call-center
Rezumă apelul pentru CRM:
AGENT: Bună ziua, sunt ⟦A.f⟧. Cu cine vorbesc?
CLIENT: ⟦B⟧.
AGENT: Îmi confirmați data nașterii?
CLIENT: ⟦DOB:long⟧.
AGENT: Și adresa de facturare?
CLIENT: ⟦ADDR⟧.
AGENT: Mulțumesc, doamnă/domnule ⟦B.l⟧, vă transfer la ⟦C.f⟧ de la facturare.
### ro-json-cv json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Extrage datele din CV: ⟦A⟧, născut(ă) ⟦DOB⟧, ⟦ADDR⟧, tel. ⟦PHONE⟧, email ⟦A.e⟧. Experiență: șofer la ⟦ORG⟧ 2019-2024, permis ⟦DL⟧."}]}
### ro-whatsapp-curier
Rezumă ce s-a întâmplat cu livrarea:
[⟦TIME⟧] ⟦A.f⟧ (curier): sunt la poartă, nu răspunde nimeni
[⟦TIME⟧] Dispecerat: sună la ⟦PHONE⟧
[⟦TIME⟧] ⟦A.f⟧: vecina, doamna ⟦B.l:f⟧, zice că îl ia ea
[⟦TIME⟧] Dispecerat: ok, poză și semnătură. Clientul e ⟦C⟧, ⟦ADDR⟧
### ro-raspuns-banca ans
Stimate domn / Stimată doamnă ⟦A.l⟧,

Vă confirmăm blocarea cardului ⟦CARD⟧ la data de ⟦DATE:long⟧. Noul card va fi trimis la ⟦ADDR⟧. Consilierul dumneavoastră, ⟦B⟧, vă stă la dispoziție la ⟦PHONE⟧.
### ro-proces-verbal
Redactează procesul-verbal:
Participanți: ⟦A⟧, ⟦B⟧, ⟦C⟧. ⟦B.f⟧ propune schimbarea parolei Wi-Fi (acum „⟦SEC:wifi⟧”). Se aprobă bugetul de ⟦AMT⟧. Următoarea ședință: ⟦DATE:fut⟧.
""",
    )
)

# ===========================================================================
# Hungarian
TEMPLATES.append(
    (
        "hu",
        r"""
### hu-baleseti-jegyzokonyv
Fogalmazd meg hivatalos baleseti jegyzőkönyvként:
⟦DATE⟧ ⟦TIME⟧ körül a telephelyen ⟦A:m⟧ sofőrünk (jogosítvány: ⟦DL⟧) tolatás közben nekiment a kapunak. A kapu tulajdonosa ⟦B⟧, ⟦ADDR⟧, tel. ⟦PHONE⟧. Tanú: ⟦C⟧.
### hu-json-utazas json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Foglalj repülőjegyet a kollégáknak: 1) ⟦A.U⟧, szül. ⟦DOB⟧, útlevél ⟦PASS⟧; 2) ⟦B.U⟧, szül. ⟦DOB⟧, útlevél ⟦PASS⟧. Indulás ⟦DATE:fut⟧, Budapest-Brüsszel."}]}
### hu-teams-iskola
Foglald össze szülőknek szóló rövid üzenetben:

⟦A⟧ ⟦TIME⟧
@⟦B⟧ holnap elmarad a kirándulás, ⟦C.sg:m⟧ igazgató úr döntött

⟦B⟧ ⟦TIME⟧
rendben, szólok a szülői munkaközösségnek (⟦D⟧). a tanári wifi jelszava továbbra is ⟦SEC:wifi⟧?
### hu-valasz-hivatal ans
Tisztelt ⟦A⟧!

⟦DATE:long⟧ keltezésű kérelmét megkaptuk. A határozatot a(z) ⟦ADDR⟧ címre küldjük. Ügyintéző: ⟦B⟧.

Üdvözlettel:
⟦B⟧
### hu-belepteto-naplo
Ki lépett be a szerverterembe hétvégén? Beléptető napló:
⟦TS⟧ kártya #⟦NUM:10000-99999⟧ (⟦A⟧) ENGEDÉLYEZVE
⟦TS⟧ kártya #⟦NUM:10000-99999⟧ (⟦B⟧) ELUTASÍTVA
⟦TS⟧ PIN-kód ⟦SEC:pin⟧ megadva - ⟦C.u⟧
""",
    )
)

# ===========================================================================
# Swedish
TEMPLATES.append(
    (
        "sv",
        r"""
### sv-skadeanmalan
Skriv om det här som en tydlig skadeanmälan till försäkringsbolaget:

Från: ⟦A⟧ <⟦A.e⟧>
Hej, ⟦DATE⟧ körde en bil in i vårt staket på ⟦ADDR⟧. Föraren hette ⟦B⟧ (körkort ⟦DL⟧, tel ⟦PHONE⟧). Grannen ⟦C⟧ såg allt.
/⟦A.f⟧
### sv-journal-sammanfattning
Sammanfatta för nattpersonalen:
Patient: ⟦A⟧, född ⟦DOB:old⟧
Adress: ⟦ADDR⟧
Anhörig: ⟦B⟧, ⟦PHONE⟧
Ansvarig läkare: ⟦C⟧
### sv-json-personal json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Kontrollera den nya medarbetarens uppgifter: namn ⟦A⟧, födelsedatum ⟦DOB⟧, körkort ⟦DL⟧, pass ⟦PASS⟧, konto ⟦IBAN:se⟧, e-post ⟦A.e⟧."}]}
### sv-chatt-lager
Sammanfatta chatten:
⟦A.f⟧: vem tar lördagens morgonpass?
⟦B⟧: jag, men jag behöver portkoden
⟦A.f⟧: ⟦SEC:door⟧
⟦C.f⟧: ⟦B.f⟧, leveransen från ⟦ORG⟧ kommer kl 7
### sv-svar-kommun ans
Hej ⟦A⟧,

Vi har tagit emot din ansökan om bygglov för ⟦ADDR⟧. Handläggare är ⟦B⟧ (⟦B.e⟧). Beslut skickas senast ⟦DATE:fut⟧.

Vänliga hälsningar
⟦B⟧
### sv-skolans-lista
Gör en klasslista i bokstavsordning:
⟦A⟧, född ⟦DOB:kid⟧, vårdnadshavare ⟦B⟧ ⟦PHONE⟧
⟦C⟧, född ⟦DOB:kid⟧, vårdnadshavare ⟦D⟧ ⟦PHONE⟧
⟦E⟧, född ⟦DOB:kid⟧
""",
    )
)

# ===========================================================================
# Norwegian
TEMPLATES.append(
    (
        "no",
        r"""
### no-givere-liste
Sorter giverne etter beløp og lag en takkeliste:
⟦A⟧ | ⟦A.e⟧ | ⟦AMT:small⟧ | Vipps ⟦PHONE⟧
⟦B⟧ | ⟦B.e⟧ | ⟦AMT⟧
⟦C⟧ | ⟦C.e⟧ | ⟦AMT:small⟧ | konto ⟦IBAN:no⟧
### no-talepost
Lag et kort sammendrag av taleposten (automatisk transkribert):
"hei det er ⟦A⟧ jeg ringer angående moren min ⟦B:f⟧ født ⟦DOB:old⟧ hun ble skrevet ut i går men fikk ikke med seg medisinene kan noen ringe meg på ⟦PHONE⟧ takk"
### no-sql-kunder sql
Hvorfor gir spørringen duplikater?

SELECT kunde_id, navn, fodt FROM kunder WHERE navn = '⟦A⟧';
 kunde_id | navn | fodt
----------+------+------------
 ⟦NUM:10000-99999⟧ | ⟦A⟧ | ⟦DOB:iso#f⟧
 ⟦NUM:10000-99999⟧ | ⟦A⟧ | ⟦DOB:iso#f⟧
### no-hotell-registrering
Fyll ut gjesteregistreringen fra dette:
Gjest: ⟦A.UF⟧, født ⟦DOB⟧, pass ⟦PASS⟧
Reiser med: ⟦B⟧
Adresse: ⟦ADDR⟧
Ankomst ⟦DATE:week⟧, rom ⟦NUM:101-420⟧
### no-svar-hotell ans
Hei ⟦A.f⟧,

Takk for bestillingen ⟦CODE⟧ fra ⟦DATE⟧. Kortet ⟦CARD⟧ er kun brukt som garanti. ⟦B⟧ i resepsjonen tar imot deg.

Vennlig hilsen
⟦C⟧
""",
    )
)

# ===========================================================================
# Danish
TEMPLATES.append(
    (
        "da",
        r"""
### da-recept-fornyelse
Skriv et kort svar til borgeren om receptfornyelse:
"Hej, jeg hedder ⟦A⟧ (født ⟦DOB⟧) og skal have fornyet min recept på astmamedicin. Min læge ⟦B⟧ er på ferie. Jeg bor på ⟦ADDR⟧ og kan nås på ⟦PHONE⟧."
### da-loenændring json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Opdater lønoplysninger: medarbejder ⟦A⟧, ny konto ⟦IBAN:dk⟧, ny adresse ⟦ADDR⟧, gældende fra ⟦DATE:fut⟧. Godkendt af ⟦B⟧."}]}
### da-frivillige-referat
Lav et referat af mødet:
Til stede: ⟦A⟧ (formand), ⟦B⟧, ⟦C⟧.
⟦B.f⟧ skifter koden til depotet til ⟦SEC:pin⟧ fra ⟦~⟧mandag.
⟦C.f⟧ kontakter ⟦D⟧ fra kommunen om lokaler.
### da-svar-kommune ans
Kære ⟦A⟧,

Vi har modtaget din ansøgning af ⟦DATE:long⟧. Afgørelsen sendes til ⟦ADDR⟧. Sagsbehandler: ⟦B⟧, ⟦B.e⟧.

Med venlig hilsen
⟦B⟧
### da-it-sag
Opsummer IT-sagen:
Sag ⟦TICKET⟧ · bruger ⟦A⟧ (⟦A.u⟧)
Laptop MAC ⟦MAC⟧ får ikke IP (DHCP), sidst set med ⟦IP⟧
Kollega ⟦B.f⟧ har prøvet at genstarte routeren
""",
    )
)

# ===========================================================================
# Finnish
TEMPLATES.append(
    (
        "fi",
        r"""
### fi-petosepaily
Näyttääkö tämä tilaus petokselta? Perustele lyhyesti.
Tilaus ⟦ORDER⟧, ⟦AMT⟧
Laskutus: ⟦A⟧, ⟦ADDR⟧
Toimitus: ⟦B⟧, ⟦ADDR⟧
Kortti: ⟦CARD⟧
IP: ⟦IP⟧, sähköposti ⟦EMAIL⟧
### fi-wilma-viesti
Kirjoita ystävällinen vastaus huoltajalle:
"Hei, ⟦A.f⟧ (s. ⟦DOB:kid⟧) on ollut kipeänä maanantaista asti. Lääkärintodistus tulee ⟦?perjantaina|huomenna⟧. Terveisin ⟦B⟧, puh. ⟦PHONE⟧"
### fi-puhelu-asiakaspalvelu
Tee puhelusta tiivistelmä CRM:ään:
AGENTTI ⟦A.f⟧: Voitteko vahvistaa syntymäaikanne?
ASIAKAS ⟦B⟧: ⟦DOB:long⟧.
AGENTTI ⟦A.f⟧: Entä osoite?
ASIAKAS: ⟦ADDR⟧.
AGENTTI ⟦A.f⟧: Kiitos. Siirrän teidät ⟦C⟧:lle laskutukseen.
### fi-vastaus-pankki ans
Hei ⟦A⟧,

korttisi ⟦CARD⟧ on suljettu ⟦DATE:long⟧. Uusi kortti postitetaan osoitteeseen ⟦ADDR⟧. Yhteyshenkilösi on ⟦B⟧, puh. ⟦PHONE⟧.
### fi-loki
Mitä tämä loki kertoo?
⟦TS⟧ kirjautuminen epäonnistui käyttäjä=⟦A.e⟧ ip=⟦IP⟧
⟦TS⟧ kirjautuminen OK käyttäjä=⟦A.e⟧ ip=⟦IP⟧
⟦TS⟧ salasanan vaihto, tekijä ⟦B⟧
""",
    )
)

# ===========================================================================
# Estonian
TEMPLATES.append(
    (
        "et",
        r"""
### et-kaebus-vald
Koosta vallavalitsusele ametlik kaebus:
"Mina, ⟦A⟧, elan aadressil ⟦ADDR⟧. Alates ⟦DATE⟧ on tänavavalgusti kustunud ja naaber ⟦B⟧ pargib oma auto kõnniteele. Palun vastake e-postile ⟦A.e⟧ või telefonile ⟦PHONE⟧."
### et-kruptokysimus
Kas on turvaline jagada kolleegiga ⟦A⟧ oma rahakoti aadressi ⟦CRYPTO⟧? ⟦A.f⟧ tahab mulle kontserdipiletite raha tagasi maksta.
### et-kuller-vestlus
Tee vestlusest kokkuvõte:
[⟦TIME⟧] ⟦A.f⟧ (kuller): olen värava juures, keegi ei vasta
[⟦TIME⟧] Dispetšer: helista numbrile ⟦PHONE⟧
[⟦TIME⟧] ⟦A.f⟧: naaber ⟦B⟧ võtab paki vastu
[⟦TIME⟧] Dispetšer: ok, klient on ⟦C⟧, ⟦ADDR⟧
### et-cv-kokkuvote ans
**⟦A⟧**
- Sündinud: ⟦DOB⟧
- Kontakt: ⟦A.e⟧, ⟦PHONE⟧
- Aadress: ⟦ADDR⟧
- Viimane töökoht: laojuhataja, ⟦ORG⟧ (juht ⟦B⟧)
### et-seadistus
Miks rakendus ei käivitu? Seadistusfail (kommentaarid ⟦A⟧):
# andmebaasi parool, muutis ⟦B.f⟧
DB_PASSWORD=⟦SEC:dbpw⟧
DB_HOST=⟦IP⟧
SMTP_USER=⟦A.e⟧
SLACK_TOKEN=⟦SEC:slack⟧
""",
    )
)

# ===========================================================================
# Lithuanian
TEMPLATES.append(
    (
        "lt",
        r"""
### lt-advokatui
Parašyk trumpą atsakymą klientui:
„Gerb. advokate ⟦A.l⟧, siunčiu savo tėvo ⟦B:m⟧ duomenis: gimęs ⟦DOB:old⟧, gyveno ⟦ADDR⟧. Jo sąskaita ⟦IBAN:lt⟧. Mano telefonas ⟦PHONE⟧. ⟦C⟧“
### lt-atsakymas-bankas ans
Gerb. ⟦A⟧,

patvirtiname, kad kortelė ⟦CARD⟧ buvo užblokuota ⟦DATE:long⟧. Nauja kortelė bus išsiųsta adresu ⟦ADDR⟧. Jūsų konsultantas – ⟦B⟧, tel. ⟦PHONE⟧.
### lt-eismo-ivykis
Suformuluok eismo įvykio aprašymą draudimui:
⟦DATE⟧ apie ⟦TIME⟧ mūsų vairuotojas ⟦A:m⟧ (pažymėjimas ⟦DL⟧) atbuline eiga kliudė ⟦B⟧ automobilį prie ⟦ADDR⟧. Liudininkas: ⟦C⟧, tel. ⟦PHONE⟧.
""",
    )
)

# ===========================================================================
# Turkish
TEMPLATES.append(
    (
        "tr",
        r"""
### tr-eposta-musteri
Bu müşteriye kibar bir cevap yazar mısın?

Kimden: ⟦A⟧ <⟦A.e⟧>
Konu: ⟦ORDER⟧ numaralı sipariş

Merhaba, kargo hasarlı geldi. Ücretin ⟦IBAN:tr⟧ hesabıma iadesini rica ediyorum. Adresim: ⟦ADDR⟧, telefon: ⟦PHONE⟧.
İyi çalışmalar, ⟦A.f⟧
### tr-cevap-otel ans
Sayın ⟦A⟧,

⟦CODE⟧ numaralı rezervasyonunuz ⟦DATE:long⟧ tarihinden itibaren onaylanmıştır. ⟦CARD⟧ numaralı kart yalnızca teminat olarak kullanılmıştır. Resepsiyonda ⟦B.f⟧ ⟦B.hon⟧ sizi karşılayacaktır.

Saygılarımızla,
⟦C⟧
### tr-kira-sozlesmesi
Bu kira sözleşmesi maddesinde sorun var mı?
"Kiracı ⟦A⟧ (doğum tarihi ⟦DOB:long⟧, pasaport no ⟦PASS⟧), depozito olarak ⟦AMT⟧ tutarını ev sahibi ⟦B⟧'in ⟦IBAN:tr⟧ hesabına ⟦DATE:fut⟧ tarihine kadar yatıracaktır."
""",
    )
)

# ===========================================================================
# Greek
TEMPLATES.append(
    (
        "el",
        r"""
### el-viber-xenodoxeio
Σύνοψη της συνομιλίας:
⟦A.f⟧: ο πελάτης στο 305, ο ⟦B.hon⟧ ⟦B.l⟧, έχασε την κάρτα
⟦C.f⟧: η καινούρια είναι έτοιμη, ο κωδικός του χρηματοκιβωτίου ⟦SEC:pin⟧
⟦A.f⟧: οκ, και η ⟦D.hon:f⟧ ⟦D.l:f⟧ θέλει late check-out
### el-apantisi-dimos ans
Αξιότιμε/Αξιότιμη ⟦A.hon⟧ ⟦A.l⟧,

Λάβαμε την αίτησή σας της ⟦DATE:long⟧. Η απάντηση θα σταλεί στη διεύθυνση ⟦ADDR⟧. Υπεύθυνος/η: ⟦B⟧ (⟦B.e⟧).

Με εκτίμηση,
⟦B⟧
""",
    )
)

# ===========================================================================
# Russian
TEMPLATES.append(
    (
        "ru",
        r"""
### ru-pismo-klienta
Помоги вежливо ответить клиенту:

От: ⟦A⟧ <⟦A.e⟧>
Тема: Возврат по заказу ⟦ORDER⟧

Здравствуйте! Посылка пришла повреждённой. Прошу вернуть деньги на карту ⟦CARD⟧. Адрес: ⟦ADDR⟧, телефон ⟦PHONE⟧.
С уважением, ⟦A.fio⟧
### ru-anketa-sotrudnika
Проверь анкету сотрудника, всё ли заполнено:
ФИО: ⟦A.fio⟧
Дата рождения: ⟦DOB⟧
Паспорт: ⟦PASS⟧
Водительское удостоверение: ⟦DL⟧
Адрес регистрации: ⟦ADDR⟧
Телефон: ⟦PHONE⟧
Руководитель: ⟦B.io⟧ ⟦~⟧(зам. директора)
### ru-otvet-banka ans
Уважаемый(ая) ⟦A.io⟧!

Сообщаем, что карта ⟦CARD⟧ заблокирована ⟦DATE:long⟧. Новая карта будет доставлена по адресу: ⟦ADDR⟧. Ваш персональный менеджер — ⟦B⟧, тел. ⟦PHONE⟧.
### ru-kripto-vopros
Коллега ⟦A⟧ просит прислать адрес кошелька, чтобы вернуть долг. Мой адрес ⟦CRYPTO⟧ — безопасно ли его отправлять в Telegram? ⟦A.f⟧ говорит, что платит через приложение ⟦?Santander|Revolut|Wise⟧⟦~⟧.
### ru-config
Почему сервис не стартует? Вот конфиг (комментарии ⟦A.f⟧):
```
# пароль от БД поменял ⟦B⟧ в пятницу
DB_HOST=⟦IP⟧
DB_PASSWORD=⟦SEC:dbpw⟧
TELEGRAM_BOT_TOKEN=⟦NUM:1000000000-9999999999⟧:⟦SEC:hex⟧
ADMIN_EMAIL=⟦A.e⟧
```
""",
    )
)

# ===========================================================================
# Ukrainian
TEMPLATES.append(
    (
        "uk",
        r"""
### uk-lyst-zhytelia
Допоможи підготувати відповідь мешканцю:

Від: ⟦A⟧ <⟦A.e⟧>
Тема: Вуличне освітлення

Добрий день! Біля будинку ⟦ADDR⟧ вже два тижні не світить ліхтар. Сусідка ⟦B⟧ теж скаржилась. Мій телефон ⟦PHONE⟧.
З повагою, ⟦A⟧
### uk-json-zvernennia json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Класифікуй звернення: ⟦A⟧ (⟦A.e⟧, ⟦PHONE⟧) пише, що з рахунку ⟦IBAN:ua⟧ двічі списали ⟦AMT⟧. Оператор ⟦B⟧ уже передзвонював."}]}
""",
    )
)

# ===========================================================================
# Serbian (Cyrillic)
TEMPLATES.append(
    (
        "sr",
        r"""
### sr-odgovor-opstina ans
Поштовани/а ⟦A.hon⟧ ⟦A.l⟧,

Ваш захтев од ⟦DATE:long⟧ је примљен. Решење ће бити послато на адресу ⟦ADDR⟧. Предмет води ⟦B⟧.

С поштовањем,
⟦B⟧
""",
    )
)

# ===========================================================================
# Croatian
TEMPLATES.append(
    (
        "hr",
        r"""
### hr-mail-stanar
Pomozi mi odgovoriti stanaru:

Od: ⟦A⟧ <⟦A.e⟧>
Predmet: Curenje u kupaonici

Poštovani ⟦B.hon⟧ ⟦B.l⟧,
od ⟦DATE⟧ curi strop u kupaonici stana na adresi ⟦ADDR⟧. Vodoinstalater kojeg ste poslali (⟦C⟧) nije došao. Nazovite me na ⟦PHONE⟧.
Lijep pozdrav, ⟦A.f⟧
### hr-obrazac-upis
Prepiši obrazac za upis u vrtić (OCR):
Ime i prezime djeteta: ⟦A.U⟧
Datum rođenja: ⟦DOB:kid⟧
Roditelj/skrbnik: ⟦B⟧, mob. ⟦PHONE⟧, ⟦B.e⟧
Adresa: ⟦ADDR⟧
### hr-json-gost json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Prijava gostiju za eVisitor: ⟦A⟧, rođen(a) ⟦DOB⟧, putovnica ⟦PASS⟧; ⟦B⟧, rođen(a) ⟦DOB⟧, putovnica ⟦PASS⟧. Dolazak ⟦DATE:week⟧."}]}
""",
    )
)

# ===========================================================================
# Arabic
TEMPLATES.append(
    (
        "ar",
        r"""
### ar-email-amil
ساعدني في كتابة رد مهذب على هذا العميل:

من: ⟦A⟧ <⟦A.e⟧>
الموضوع: الطلب رقم ⟦ORDER⟧

السلام عليكم، وصلت الشحنة تالفة. أرجو إعادة المبلغ إلى الحساب ⟦IBAN⟧. عنواني: ⟦ADDR⟧، جوال: ⟦PHONE⟧.
مع الشكر، ⟦A⟧
### ar-malaf-marid
لخّص ملف المريض لمناوبة الليل:
الاسم: ⟦A⟧
تاريخ الميلاد: ⟦DOB:old⟧
العنوان: ⟦ADDR⟧
أقرب الأقارب: ⟦B⟧، ⟦PHONE⟧
الطبيب المعالج: د. ⟦C⟧
### ar-aqd-ijar
هل هذا البند في عقد الإيجار مقبول؟
"يلتزم المستأجر ⟦A⟧، المولود بتاريخ ⟦DOB:long⟧، وجواز سفره رقم ⟦PASS⟧، بدفع تأمين قدره ⟦AMT⟧ إلى حساب المؤجر ⟦B⟧ رقم ⟦IBAN⟧ قبل ⟦DATE:fut⟧."
""",
    )
)

# ===========================================================================
# Persian
TEMPLATES.append(
    (
        "fa",
        r"""
### fa-pasokh-hotel ans
⟦A.hon⟧ ⟦A⟧ گرامی،

رزرو شما با کد ⟦CODE⟧ از تاریخ ⟦DATE:long⟧ تأیید شد. کارت ⟦CARD⟧ فقط به عنوان ضمانت استفاده شده است. ⟦B⟧ در پذیرش منتظر شماست.

با احترام،
⟦C⟧
### fa-tavallod
یک پیام تبریک تولد برای همکارم ⟦A⟧ بنویس؛ متولد ⟦DOB⟧ است و امسال ⟦?چهل|پنجاه|سی⟧ ساله می‌شود. از طرف ⟦B.f⟧ و ⟦C.f⟧.
""",
    )
)

# ===========================================================================
# Hebrew
TEMPLATES.append(
    (
        "he",
        r"""
### he-teshuva-bank ans
לכבוד ⟦A.hon⟧ ⟦A⟧,

הננו לאשר את חסימת הכרטיס ⟦CARD⟧ בתאריך ⟦DATE:long⟧. כרטיס חדש יישלח לכתובת ⟦ADDR⟧. בנקאי/ת אישי/ת: ⟦B⟧, טל' ⟦PHONE⟧.
### he-yoman-kniot
מה רואים ביומן הזה?
⟦TS⟧ התחברות נכשלה משתמש=⟦A.e⟧ ip=⟦IP⟧
⟦TS⟧ התחברות הצליחה משתמש=⟦A.e⟧ ip=⟦IP6⟧
⟦TS⟧ סיסמה אופסה ע"י ⟦B⟧
""",
    )
)

# ===========================================================================
# Hindi
TEMPLATES.append(
    (
        "hi",
        r"""
### hi-marij-saransh
रात की शिफ्ट के लिए सारांश बनाइए:
मरीज़: ⟦A⟧, जन्म तिथि ⟦DOB:old⟧
पता: ⟦ADDR⟧
परिजन: ⟦B⟧, ⟦PHONE⟧
डॉक्टर: डॉ. ⟦C⟧
### hi-uttar-school ans
आदरणीय ⟦A⟧ जी,

आपके बच्चे ⟦B.f⟧ (जन्म तिथि ⟦DOB:kid⟧) का प्रवेश कक्षा ⟦NUM:1-5⟧ में स्वीकृत हो गया है। कक्षा अध्यापिका ⟦C⟧ होंगी। कृपया ⟦DATE:fut⟧ तक शुल्क जमा करें।

सादर,
⟦D⟧
""",
    )
)

# ===========================================================================
# Tamil
TEMPLATES.append(
    (
        "ta",
        r"""
### ta-pirandanaal
என் சக ஊழியர் ⟦A⟧-க்கு ஒரு பிறந்தநாள் வாழ்த்து எழுதுங்கள். பிறந்த தேதி ⟦DOB⟧. ⟦B.f⟧, ⟦C.f⟧ சார்பாக.
""",
    )
)

# ===========================================================================
# Indonesian
TEMPLATES.append(
    (
        "id",
        r"""
### id-kripto
Aman nggak kalau saya kasih alamat dompet ⟦CRYPTO⟧ ke rekan kerja, ⟦A⟧? Dia mau bayar utang tiket konser.
""",
    )
)

# ===========================================================================
# Tagalog / Filipino
TEMPLATES.append(
    (
        "tl",
        r"""
### tl-kaarawan
Sumulat ng birthday greeting para kay ⟦A⟧ mula sa team. Ipinanganak siya noong ⟦DOB⟧. Galing kina ⟦B.f⟧ at ⟦C.f⟧.
""",
    )
)

# ===========================================================================
# Vietnamese
TEMPLATES.append(
    (
        "vi",
        r"""
""",
    )
)

# ===========================================================================
# Thai
TEMPLATES.append(
    (
        "th",
        r"""
### th-wan-koed
ช่วยเขียนคำอวยพรวันเกิดให้คุณ⟦A.f⟧ ที่ทำงาน เกิดวันที่ ⟦DOB⟧ จากทีมของ⟦B.f⟧และ⟦C.f⟧
""",
    )
)

# ===========================================================================
# Chinese
TEMPLATES.append(
    (
        "zh",
        r"""
### zh-youjian-kehu
帮我礼貌地回复这位客户：

发件人：⟦A⟧ <⟦A.e⟧>
主题：订单⟦ORDER⟧

你好，收到的商品是坏的，请退款到我的银行卡⟦CARD⟧。地址：⟦ADDR⟧，电话：⟦PHONE⟧。
谢谢，⟦A⟧
### zh-bingren-zhaiyao
帮夜班整理一份病人摘要：
姓名：⟦A⟧
出生日期：⟦DOB:old⟧
住址：⟦ADDR⟧
联系人：⟦B⟧（家属），⟦PHONE⟧
主治医生：⟦C⟧医生
### zh-json-yuangong json
{"model": "⟦MODEL⟧", "messages": [{"role": "system", "content": "你是人事部的助手。"}, {"role": "user", "content": "检查新员工信息是否完整：姓名⟦A⟧，出生日期⟦DOB⟧，护照号⟦PASS⟧，驾驶证号⟦DL⟧，邮箱⟦A.e⟧，手机⟦PHONE⟧。"}]}
### zh-weixin-cangku
总结一下这段聊天：
⟦A⟧：周六早班谁来？
⟦B⟧：我来，不过需要大门密码
⟦A⟧：⟦SEC:door⟧，别告诉别人
⟦C⟧：⟦B.l⟧⟦?老师|总|工⟧，⟦ORG⟧的货7点到
### zh-huifu-jiudian ans
尊敬的⟦A⟧⟦A.hon⟧：

您的预订⟦CODE⟧（入住日期⟦DATE:long⟧）已确认。银行卡⟦CARD⟧仅用于担保。前台的⟦B⟧会为您办理入住。

此致
⟦C⟧
### zh-rizhi
这段日志说明了什么？
⟦TS⟧ 登录失败 用户=⟦A.e⟧ ip=⟦IP⟧
⟦TS⟧ 登录成功 用户=⟦A.e⟧ ip=⟦IP⟧ 设备=⟦MAC⟧
⟦TS⟧ 密码已由⟦B⟧重置，临时密码⟦SEC:pw⟧
""",
    )
)

# ===========================================================================
# Japanese
TEMPLATES.append(
    (
        "ja",
        r"""
### ja-meeru-kokyaku
このお客様への丁寧な返信を手伝ってください：

差出人：⟦A⟧ <⟦A.e⟧>
件名：注文番号⟦ORDER⟧について

お世話になっております。届いた商品が破損していました。カード⟦CARD⟧への返金をお願いします。住所：⟦ADDR⟧、電話：⟦PHONE⟧。
⟦A⟧
### ja-kanja-youyaku
夜勤向けに要約してください：
患者氏名：⟦A⟧
生年月日：⟦DOB:old⟧
住所：⟦ADDR⟧
緊急連絡先：⟦B⟧（家族）⟦PHONE⟧
主治医：⟦C.l⟧先生
### ja-json-shain json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "新入社員の情報を確認してください：氏名 ⟦A⟧、生年月日 ⟦DOB⟧、パスポート番号 ⟦PASS⟧、運転免許証番号 ⟦DL⟧、メール ⟦A.e⟧。"}]}
### ja-chat-souko
このチャットを要約して：
⟦A.l⟧：土曜の早番、誰か入れますか？
⟦B.l⟧：入れます。門の暗証番号を教えてください
⟦A.l⟧：⟦SEC:door⟧です。他の人には言わないで
⟦C.l⟧：⟦B.l⟧さん、⟦ORG⟧の荷物は7時着です
### ja-henshin-hotel ans
⟦A⟧様

ご予約（予約番号：⟦CODE⟧、⟦DATE:long⟧チェックイン）を承りました。カード⟦CARD⟧は保証のみに使用しております。当日はフロントの⟦B.l⟧がご案内いたします。

⟦C⟧
### ja-rirekisho
履歴書の内容を表にまとめてください：
氏名　⟦A⟧
生年月日　⟦DOB⟧
現住所　⟦ADDR⟧
電話　⟦PHONE⟧
メール　⟦A.e⟧
""",
    )
)

# ===========================================================================
# Korean
TEMPLATES.append(
    (
        "ko",
        r"""
### ko-dapjang-hotel ans
⟦A⟧ 고객님께,

⟦DATE:long⟧ 체크인 예약(⟦CODE⟧)이 확정되었습니다. 카드 ⟦CARD⟧는 보증 용도로만 사용되었습니다. 프런트의 ⟦B⟧ 직원이 안내해 드리겠습니다.

⟦C⟧ 드림
""",
    )
)

# ===========================================================================
# Swahili
TEMPLATES.append(
    (
        "sw",
        r"""
### sw-barua-mteja
Nisaidie kumjibu mteja huyu kwa heshima:

Kutoka: ⟦A⟧ <⟦A.e⟧>
Kichwa: Oda namba ⟦ORDER⟧

Habari, mzigo umefika ukiwa umeharibika. Naomba mnirudishie pesa kwa M-Pesa ⟦PHONE⟧. Anwani yangu ni ⟦ADDR⟧.
Asante, ⟦A⟧
### sw-jibu-benki ans
Ndugu ⟦A⟧,

Tunathibitisha kuwa kadi yako ⟦CARD⟧ imezuiwa tarehe ⟦DATE:long⟧. Kadi mpya itatumwa kwa anwani ⟦ADDR⟧. Afisa wako wa huduma ni ⟦B⟧, simu ⟦PHONE⟧.
### sw-mchango
Panga orodha hii ya wachangiaji kwa kiasi:
⟦A⟧ - ⟦PHONE⟧ - ⟦AMT⟧
⟦B⟧ - ⟦PHONE⟧ - ⟦AMT⟧
⟦C⟧ - ⟦B.e⟧ - ⟦AMT⟧
""",
    )
)

# ===========================================================================
# Amharic
TEMPLATES.append(
    (
        "am",
        r"""
### am-ldet
ለባልደረባዬ ⟦A⟧ የልደት መልእክት ጻፍልኝ። የተወለደበት ቀን ⟦DOB⟧ ነው። ከ⟦B.f⟧ እና ⟦C.f⟧።
""",
    )
)

# ===========================================================================
# Code-switched and romanized mixes
TEMPLATES.append(
    (
        "hinglish",
        r"""
### hinglish-card-block
Sir ek customer hai ⟦A⟧, unka card ⟦CARD⟧ block karna hai, wo bol rahe hain ki kal raat ⟦AMT⟧ ka transaction unhone nahi kiya. Unka mobile ⟦PHONE⟧ hai aur address ⟦ADDR⟧. Kya steps follow karun?
### hinglish-leave-application
mera leave application thoda professional bana do pls: "⟦A.hon⟧ ⟦A.l⟧, mujhe ⟦DATE:fut⟧ se 3 din ki chhutti chahiye kyunki meri behen ⟦B.f:f⟧ ki shaadi hai. Mera kaam ⟦C⟧ dekh lenge. - ⟦D⟧"
### hinglish-hr-chat
isko summarize karo:
⟦A.f⟧: bhai naye joinee ⟦B⟧ ka DOB form me ⟦DOB⟧ likha hai but passport (⟦PASS:in⟧) pe alag hai
⟦C.f⟧: HR ko bolo, ⟦D.hon⟧ ⟦D.l⟧ verify karenge
⟦A.f⟧: ok, aur uska bank account update hua?
⟦C.f⟧: haan, salary ⟦B.e⟧ pe payslip jayegi
### hinglish-wifi
office ka naya wifi password ⟦SEC:wifi⟧ hai, ⟦A⟧ ne group me daal diya 🤦 kya ye security issue hai? router ⟦IP⟧ pe hai
""",
    )
)

TEMPLATES.append(
    (
        "taglish",
        r"""
### taglish-bpo-refund
Pa-help naman i-summarize yung call: customer si ⟦A⟧, DOB ⟦DOB⟧, nag-request ng refund sa card ⟦CARD⟧ kasi double charge daw. Sabi ni ⟦B.f⟧ (TL namin) i-escalate na. Callback number ⟦PHONE⟧.
### taglish-email-rewrite
Pwede mo ba i-rewrite to para mas formal? "Hi ⟦A.hon⟧ ⟦A.l⟧, yung docs po ni ⟦B⟧ (passport ⟦PASS⟧) naipasa na po namin kahapon. Pakicheck na lang po. Thanks! - ⟦C.f⟧"
### taglish-gc
i-summarize mo lang:
⟦A.f⟧: guys sino may susi sa stockroom?
⟦B.f⟧: si ⟦C.f⟧ meron, pero code na lang ⟦SEC:door⟧
⟦A.f⟧: salamat! pakisabi kay ⟦D⟧ na late ako bukas
""",
    )
)

TEMPLATES.append(
    (
        "spanglish",
        r"""
### spanglish-itin-form cc=us
Oye, can you help me fill out este form para mi mamá ⟦A:f⟧? Her DOB es ⟦DOB:us,old⟧ y su ITIN es ⟦ITIN⟧. Vivimos en ⟦ADDR⟧. My name is ⟦B⟧ y mi cel es ⟦PHONE⟧.
### spanglish-landlord-letter
Mi primo ⟦A⟧ needs una carta for the landlord, ⟦B.hon⟧ ⟦B.l⟧, diciendo que the heater no funciona since ⟦DATE⟧. The apartment is at ⟦ADDR⟧. Can you write it en inglés, short?
### spanglish-chat
summarize this porfa:
⟦A.f⟧: yo no puedo el sábado, tengo el baby shower de ⟦B.f⟧
⟦C⟧: ok I'll cover, pero necesito el gate code
⟦A.f⟧: es ⟦SEC:door⟧, don't share it
⟦D.f⟧: gracias ⟦C.f⟧!! 🙏
""",
    )
)

TEMPLATES.append(
    (
        "denglish",
        r"""
### denglish-meeting-recap
Kannst du das Meeting-Recap kurz zusammenfassen? Attendees: ⟦A⟧, ⟦B⟧, ⟦C⟧ (von ⟦ORG⟧). Action Items: ⟦A.f⟧ checkt die Deadline (⟦DATE:fut⟧), ⟦B.f⟧ schickt das Deck an ⟦C.e⟧. Nächster Call ⟦~⟧Dienstag.
### denglish-deploy-failed
Der Deploy ist gefailed, hier das Log:
⟦TS⟧ ERROR auth failed for user ⟦A.u⟧ from ⟦IP⟧
⟦TS⟧ DEBUG using token ⟦SEC:gl⟧ (von ⟦B.f⟧ gesetzt)
⟦TS⟧ INFO rollback to ⟦VER⟧
Was ist da kaputt? Kann ich den Token einfach rotaten?
### denglish-onboarding
Mach mir bitte eine Onboarding-Checklist für ⟦A⟧, Start am ⟦DATE:fut⟧. Laptop kommt von ⟦B.f⟧ aus dem IT-Team, Initial-Passwort ⟦SEC:pw⟧, Buddy ist ⟦C⟧. Payroll braucht noch die IBAN (⟦IBAN:de⟧) und das Geburtsdatum (⟦DOB⟧).
""",
    )
)

TEMPLATES.append(
    (
        "ru_lat",
        r"""
### rulat-pismo
privet, pomogi napisat vezhlivoe pismo klientu ⟦A⟧ pro vozvrat deneg. ego nomer ⟦PHONE⟧, data rozhdeniya ⟦DOB⟧, karta ⟦CARD⟧. pishi po-russki no latinicei, u nego net kirillicy
### rulat-wifi
kollega ⟦A.f⟧ skinul parol ot wifi ⟦SEC:wifi⟧ v obshchiy chat s podryadchikami 🤦 chto delat? router ⟦IP⟧, adminka admin/⟦SEC:pw⟧
### rulat-chat
sdelai kratkoe rezyume:
⟦A.f⟧: kto v subbotu na sklade?
⟦B⟧: ya, no nuzhen kod ot vorot
⟦A.f⟧: ⟦SEC:door⟧, nikomu ne govori
⟦C.io⟧, dostavka ot ⟦ORG⟧ v 7 utra
""",
    )
)

TEMPLATES.append(
    (
        "ar_lat",
        r"""
### arlat-reply
salam, 3ayez a3mel reply la ⟦A⟧ 3ashan el order ⟦ORDER⟧ weselet maksoura. raqamo ⟦PHONE⟧ w el 3enwan ⟦ADDR⟧. ekteb reply mo2addab bel english please
### arlat-wifi
ya jama3a el password beta3 el wifi fel office ⟦SEC:wifi⟧, w ⟦A.f⟧ 7atto fel group. momken ye3mel moshkela? el router ⟦IP⟧
### arlat-cv
momken te3mel summary lel CV beta3 ⟦A⟧? mawlood ⟦DOB⟧, passport ⟦PASS⟧, email ⟦A.e⟧. eshtaghal ma3 ⟦B⟧ fi ⟦ORG⟧ 5 sneen.
""",
    )
)

TEMPLATES.append(
    (
        "zh_en",
        r"""
### zhen-ticket
帮我把这个 ticket summarize 一下：user ⟦A⟧（⟦A.e⟧）说 VPN connect 不上，IP 是 ⟦IP⟧，MAC ⟦MAC⟧。⟦B⟧ 已经 reset 过 password 了，临时密码 ⟦SEC:pw⟧。
### zhen-meeting
meeting notes 帮我整理：⟦A⟧ 负责 follow up ⟦ORG⟧ 的 contract，deadline ⟦DATE:fut⟧；⟦B⟧ 要把 invoice 发到 ⟦B.e⟧；客户 contact 是 ⟦C⟧，电话 ⟦PHONE⟧。
### zhen-onboarding
新同事 ⟦A⟧ 下周一 onboard，出生日期 ⟦DOB⟧，护照 ⟦PASS⟧，offer letter 寄到 ⟦ADDR⟧。帮我写个 welcome email。
""",
    )
)

TEMPLATES.append(
    (
        "ja_en",
        r"""
### jaen-email
このemailをもっとpoliteにrewriteしてください：「⟦A⟧様、invoice ⟦INV⟧のpaymentがまだです。⟦DATE:fut⟧までにお願いします。questionsは⟦B⟧（⟦B.e⟧）まで。」
### jaen-slack-key
Slackで⟦A.l⟧さんがAPI keyを貼ってしまいました：⟦SEC:key⟧ 。rotateの手順を教えてください。channelには⟦B.l⟧さんと外部の⟦C⟧さんもいます。
### jaen-hr
HR systemに入力するので、このinfoをJSONにしてください：氏名 ⟦A⟧、birth date ⟦DOB⟧、住所 ⟦ADDR⟧、phone ⟦PHONE⟧、bank ⟦IBAN:gb⟧（UK口座）。
""",
    )
)

# words for wallet recovery phrases (hand-picked everyday words)
SEED_WORDS = (
    "apple river candle orbit mango velvet hollow crane timber lunar basket violin anchor "
    "pepper meadow silent rocket garden marble frozen ticket canyon echo harbor pilot "
    "bamboo copper dolphin ember fabric glacier island jungle kettle ladder magnet "
    "napkin oyster pigeon quartz ribbon saddle tunnel umbrella vessel walnut yellow "
    "zebra pocket cousin elbow stable tragic unfair wreck shiver rural"
)

# ===========================================================================
# English: logs, inventories and forms dense in non-name values
TEMPLATES.append(
    (
        "en",
        r"""
### dense-dhcp-leases
Which of these DHCP leases are unknown devices? Known MACs start with 3C:22:FB or F0:18:98.

IP              MAC                 Hostname          Lease end
⟦IP⟧    ⟦MAC⟧   WMS-SCANNER-12    ⟦TS⟧
⟦IP⟧    ⟦MAC⟧   android-⟦SHA⟧     ⟦TS⟧
⟦IP⟧    ⟦MAC⟧   PRINTER-4E        ⟦TS⟧
⟦IP⟧    ⟦MAC⟧   (none)            ⟦TS⟧
⟦IP⟧    ⟦MAC⟧   LAPTOP-⟦CODE⟧     ⟦TS⟧
### dense-firewall-log
Summarize what this firewall log shows. Anything to block?

⟦TS⟧ DENY TCP ⟦IP⟧:⟦NUM:1024-65000⟧ -> ⟦IP⟧:22
⟦TS⟧ DENY TCP ⟦IP#x⟧:⟦NUM:1024-65000⟧ -> ⟦IP⟧:3389
⟦TS⟧ DENY TCP ⟦IP#x⟧:⟦NUM:1024-65000⟧ -> ⟦IP⟧:3389
⟦TS⟧ ALLOW UDP ⟦IP⟧:53 -> ⟦IP⟧:⟦NUM:1024-65000⟧
⟦TS⟧ DENY TCP [⟦IP6⟧]:⟦NUM:1024-65000⟧ -> [⟦IP6⟧]:443
### dense-w2-review cc=us
Check this W-2 data entry for typos before we file:
Employee SSN: ⟦SSN⟧
Employer EIN: ⟦NUM:10-99⟧-⟦NUM:1000000-9999999⟧
Employee: ⟦A⟧
Address: ⟦ADDR⟧
Box 1 wages: ⟦AMT⟧   Box 2 federal tax withheld: ⟦AMT⟧
State: ⟦?OH|IL|CA|TX⟧   State ID: ⟦NUM:10000000-99999999⟧
### dense-1099-batch cc=us
Which of these 1099-NEC recipients are missing a valid TIN?
1. ⟦A⟧ | ⟦SSN⟧ | ⟦AMT⟧
2. ⟦B⟧ | ⟦ITIN⟧ | ⟦AMT⟧
3. ⟦C⟧ | ⟦SSN⟧ | ⟦AMT⟧
4. ⟦D⟧ | (blank) | ⟦AMT⟧
5. ⟦E⟧ | ⟦ITIN⟧ | ⟦AMT⟧
### dense-i9-section1 cc=us
Review Section 1 of this I-9, list anything invalid:
Last name: ⟦A.UL⟧  First name: ⟦A.f⟧
Address: ⟦ADDR⟧
Date of birth: ⟦DOB:us⟧
SSN: ⟦SSN⟧
Email: ⟦A.e⟧   Phone: ⟦PHONE⟧
List A document: U.S. passport ⟦PASS:us⟧, expires ⟦DATE:fut,us⟧
List B (if used): driver's license ⟦DL⟧
### dense-payroll-import cc=us csv
Import fails on row 3. What's wrong?

emp_id,ssn,dob,zip,hourly
E⟦NUM:1000-9999⟧,⟦SSN⟧,⟦DOB:iso⟧,⟦NUM:10000-99999⟧,21.50
E⟦NUM:1000-9999⟧,⟦SSN⟧,⟦DOB:iso⟧,⟦NUM:10000-99999⟧,18.00
E⟦NUM:1000-9999⟧,⟦SSN⟧,⟦DOB:us⟧,⟦NUM:10000-99999⟧,19.25
E⟦NUM:1000-9999⟧,⟦ITIN⟧,⟦DOB:iso⟧,⟦NUM:10000-99999⟧,22.00
### dense-itin-renewal cc=us
Help this client renew their ITIN. What documents do they need?
ITIN: ⟦ITIN⟧ (last used on a return for tax year 2021)
DOB: ⟦DOB:us⟧
Foreign passport: ⟦PASS:mx⟧
US address: ⟦ADDR⟧
Phone: ⟦PHONE⟧
### dense-tax-dependents cc=us
Can they claim all three dependents? Household:
Taxpayer ⟦A⟧, SSN ⟦SSN⟧, DOB ⟦DOB:us⟧
Spouse ⟦B⟧, ITIN ⟦ITIN⟧, DOB ⟦DOB:us⟧
Child 1: SSN ⟦SSN⟧, DOB ⟦DOB:kid,us⟧
Child 2: SSN ⟦SSN⟧, DOB ⟦DOB:kid,us⟧
Child 3: ITIN ⟦ITIN⟧, DOB ⟦DOB:teen,us⟧, lives abroad
### dense-crypto-treasury
Reconcile our treasury wallets against the spreadsheet balances:
cold-1   ⟦BTC⟧   2.1400 BTC
cold-2   ⟦BTC⟧   0.9000 BTC
hot      ⟦BTC⟧   0.0312 BTC
ops      ⟦ETH⟧   14.22 ETH
payroll  ⟦ETH⟧   3.05 ETH
Custody contact: ⟦A⟧
### dense-crypto-scam-report
Write a report for the police about this crypto scam:
Victim: ⟦A⟧, ⟦PHONE⟧, ⟦A.e⟧
Sent from own wallet ⟦BTC⟧ to:
  ⟦BTC⟧ (0.25 BTC, ⟦DATE⟧)
  ⟦BTC⟧ (0.40 BTC, ⟦DATE⟧)
Scammer also asked for USDT to ⟦ETH⟧
Scam website was hosted at ⟦IP⟧
### dense-eth-tx
Explain this transaction like I'm new to crypto:
{"hash": "0x⟦HASH:256⟧", "from": "⟦ETH⟧", "to": "⟦ETH⟧", "value": "0.75 ETH", "gasPrice": "21 gwei", "blockNumber": ⟦NUM:19000000-21000000⟧}
### dense-key-rotation
Make a rotation plan (order, owner, downtime) for these keys found in the old wiki page:
- AWS: ⟦SEC:aws⟧ / ⟦SEC:awss⟧
- GitHub PAT: ⟦SEC:gh⟧
- Slack bot: ⟦SEC:slack⟧
- Stripe: ⟦SEC:stripe⟧
- SendGrid: ⟦SEC:sg⟧
- Twilio auth token: ⟦SEC:twilio⟧
Owner of most of these: ⟦A⟧
### dense-secret-scan-alert
Triage this secret scanning alert:

Repository: brightloop/api · branch main · commit ⟦SHA⟧
1. config/settings.py:14   Google API key       ⟦SEC:gapi⟧
2. scripts/deploy.sh:3      npm token            ⟦SEC:npm⟧
3. .github/workflows/ci.yml Hugging Face token   ⟦SEC:hf⟧
4. tests/fixtures.json      JWT                  ⟦SEC:jwt⟧
Committed by ⟦A.u⟧ (⟦A.e⟧)
### dense-pos-breach
PCI incident: these card numbers were found in plain text in the POS debug log. Which brands, and what do we do?
⟦TS⟧ AUTH ⟦CARD⟧ ⟦AMT⟧ APPROVED
⟦TS⟧ AUTH ⟦CARD⟧ ⟦AMT⟧ DECLINED 05
⟦TS⟧ AUTH ⟦CARD⟧ ⟦AMT⟧ APPROVED
⟦TS⟧ AUTH ⟦CARD⟧ ⟦AMT⟧ APPROVED
terminal ⟦CODE⟧ at ⟦IP⟧
### dense-card-brands
Identify the card network for each of these test numbers from the vendor and whether they pass Luhn:
⟦CARD⟧
⟦CARD⟧
⟦CARD⟧
⟦CARD⟧
⟦CARD⟧
### dense-switch-inventory
Turn this switch inventory into CSV (name, mgmt ip, mac, firmware):
core-sw1  mgmt ⟦IP⟧  base MAC ⟦MAC⟧  fw ⟦VER⟧
core-sw2  mgmt ⟦IP⟧  base MAC ⟦MAC⟧  fw ⟦VER⟧
edge-3f   mgmt ⟦IP⟧  base MAC ⟦MAC⟧  fw ⟦VER⟧
edge-4f   mgmt ⟦IP6⟧ base MAC ⟦MAC⟧  fw ⟦VER⟧
### dense-access-points
Rotate the Wi-Fi keys: list each SSID with a new key suggestion and remove the old ones from this note.
AP-Lobby   ⟦MAC⟧  ⟦IP⟧  SSID Guest     key ⟦SEC:wifi⟧
AP-Office  ⟦MAC⟧  ⟦IP⟧  SSID Staff     key ⟦SEC:wifi⟧
AP-Store   ⟦MAC⟧  ⟦IP⟧  SSID Scanners  key ⟦SEC:wifi⟧
### dense-vpn-sessions
Which VPN sessions look suspicious (impossible travel)?
⟦TS⟧ ⟦A.e⟧ from ⟦IP⟧ (⟦CITY⟧)
⟦TS⟧ ⟦A.e⟧ from ⟦IP⟧ (⟦?Lagos|Manila|São Paulo|Bucharest⟧)
⟦TS⟧ ⟦B.e⟧ from ⟦IP6⟧
⟦TS⟧ ⟦C.e⟧ from ⟦IP⟧
### dense-driver-licences
Which drivers' licences expire in the next 60 days?
⟦A⟧ | ⟦DL⟧ | DOB ⟦DOB⟧ | exp ⟦DATE:fut⟧
⟦B⟧ | ⟦DL⟧ | DOB ⟦DOB⟧ | exp ⟦DATE:fut⟧
⟦C⟧ | ⟦DL⟧ | DOB ⟦DOB⟧ | exp ⟦DATE:fut⟧
⟦D⟧ | ⟦DL⟧ | DOB ⟦DOB⟧ | exp ⟦DATE:fut⟧
### dense-group-passports
Check passport validity (6 months beyond return ⟦DATE:fut⟧) for the group:
1. ⟦PASS⟧ · DOB ⟦DOB⟧ · exp ⟦DATE:fut⟧
2. ⟦PASS⟧ · DOB ⟦DOB⟧ · exp ⟦DATE:fut⟧
3. ⟦PASS⟧ · DOB ⟦DOB:kid⟧ · exp ⟦DATE:fut⟧
4. ⟦PASS⟧ · DOB ⟦DOB⟧ · exp ⟦DATE:fut⟧
Group leader: ⟦A⟧, ⟦PHONE⟧
### dense-contact-import csv
Fix this CSV so our CRM accepts it (E.164 phones, lowercase emails):

name,phone,email
⟦A⟧,⟦PHONE⟧,⟦A.e⟧
⟦B⟧,⟦PHONE⟧,⟦B.e⟧
⟦C⟧,⟦PHONE⟧,⟦C.e⟧
,⟦PHONE⟧,⟦EMAIL⟧
### dense-sms-gateway
Why were these SMS not delivered?
⟦TS⟧ msg=⟦REQ⟧ to=⟦PHONE:intl⟧ status=UNDELIVERED err=30003
⟦TS⟧ msg=⟦REQ⟧ to=⟦PHONE:intl⟧ status=DELIVERED
⟦TS⟧ msg=⟦REQ⟧ to=⟦PHONE:intl⟧ status=FAILED err=21211
⟦TS⟧ msg=⟦REQ⟧ to=⟦PHONE:intl⟧ status=UNDELIVERED err=30006
### dense-sepa-xml
Validate this SEPA credit transfer snippet:
<CdtTrfTxInf>
  <Amt><InstdAmt Ccy="EUR">⟦NUM:100-9000⟧.00</InstdAmt></Amt>
  <Cdtr><Nm>⟦A⟧</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>⟦IBAN:de⟧</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>⟦INV⟧</Ustrd></RmtInf>
</CdtTrfTxInf>
<DbtrAcct><Id><IBAN>⟦IBAN:nl⟧</IBAN></Id></DbtrAcct>
### dense-age-buckets
Put these employees into age bands (18-29, 30-44, 45-59, 60+), IDs only please:
E1021 ⟦DOB⟧
E1022 ⟦DOB⟧
E1030 ⟦DOB⟧
E1041 ⟦DOB⟧
E1057 ⟦DOB⟧
E1058 ⟦DOB⟧
### dense-address-validation
Validate and standardise these delivery addresses:
1. ⟦ADDR⟧
2. ⟦ADDR⟧
3. ⟦ADDR⟧
4. ⟦ADDR:gb⟧
5. ⟦ADDR:ca⟧
### dense-helm-values
Which of these Helm values should move into a secret?
```yaml
postgresql:
  auth:
    password: ⟦SEC:dbpw⟧
    postgresPassword: ⟦SEC:dbpw⟧
redis:
  password: ⟦SEC:pw⟧
smtp:
  user: ⟦A.e⟧
  password: ⟦SEC:pw⟧
ingress:
  allowlist: ["⟦IP⟧/32", "⟦IP⟧/32"]
```
### dense-arp-table
Is there an ARP spoofing problem here? Same MAC on two IPs?
Internet  ⟦IP⟧  0  ⟦MAC#m⟧  ARPA  Vlan10
Internet  ⟦IP⟧  2  ⟦MAC⟧  ARPA  Vlan10
Internet  ⟦IP⟧  5  ⟦MAC#m⟧  ARPA  Vlan10
Internet  ⟦IP⟧  1  ⟦MAC⟧  ARPA  Vlan20
### dense-login-geo
Customer ⟦A⟧ says they didn't log in from abroad. Login history:
⟦TS⟧ ⟦IP⟧ success (home)
⟦TS⟧ ⟦IP⟧ failed
⟦TS⟧ ⟦IP⟧ success, new device
⟦TS⟧ ⟦IP6⟧ password change
Notification sent to ⟦PHONE⟧ and ⟦A.e⟧
### dense-facility-codes
Make a printable access sheet for the night security guard (no names needed):
Main gate: ⟦SEC:door⟧
Loading dock: ⟦SEC:door⟧
Server room: ⟦SEC:door⟧
Alarm disarm PIN: ⟦SEC:pin⟧
Key cabinet: ⟦SEC:pin⟧
### dense-bitlocker-keys
Store these BitLocker recovery keys in the asset register:
LT-⟦NUM:1000-9999⟧ (MAC ⟦MAC⟧): ⟦SEC:rec⟧
LT-⟦NUM:1000-9999⟧ (MAC ⟦MAC⟧): ⟦SEC:rec⟧
LT-⟦NUM:1000-9999⟧ (MAC ⟦MAC⟧): ⟦SEC:rec⟧
### dense-kyc-batch json
{"model":"⟦MODEL⟧","messages":[{"role":"user","content":"Flag any record with an expired or malformed document: [{\"dob\":\"⟦DOB:iso⟧\",\"passport\":\"⟦PASS⟧\",\"phone\":\"⟦PHONE:intl⟧\"},{\"dob\":\"⟦DOB:iso⟧\",\"passport\":\"⟦PASS⟧\",\"phone\":\"⟦PHONE:intl⟧\"},{\"dob\":\"⟦DOB:iso⟧\",\"driver_license\":\"⟦DL⟧\",\"phone\":\"⟦PHONE:intl⟧\"}]"}]}
### dense-cards-on-file csv
Which cards on file are expired? (today is 2025-03-12)

room,card,exp
101,⟦CARD⟧,⟦NUM:1-12⟧/25
204,⟦CARD⟧,⟦NUM:1-12⟧/26
309,⟦CARD⟧,⟦NUM:1-12⟧/24
412,⟦CARD⟧,⟦NUM:1-12⟧/27
### dense-e164
Normalize these to E.164, country is in brackets:
⟦PHONE:us⟧ [US]
⟦PHONE:gb⟧ [UK]
⟦PHONE:de⟧ [DE]
⟦PHONE:in⟧ [IN]
⟦PHONE:br⟧ [BR]
⟦PHONE:jp⟧ [JP]
⟦PHONE:ng⟧ [NG]
### dense-bounce-log
Summarize these bounces, which domains have problems?
⟦TS⟧ bounce ⟦EMAIL⟧ 550 5.1.1 user unknown
⟦TS⟧ bounce ⟦EMAIL⟧ 552 mailbox full
⟦TS⟧ bounce ⟦EMAIL⟧ 550 5.7.1 rejected by policy
⟦TS⟧ deferred ⟦EMAIL⟧ 421 try again later
⟦TS⟧ bounce ⟦EMAIL⟧ 550 5.1.1 user unknown
### dense-jwt-debug
Why is this token rejected? Header says HS256 but our key is RS256.
Authorization: Bearer ⟦SEC:jwt⟧
Signing secret in .env: ⟦SEC:hex⟧
Request from ⟦IP⟧ at ⟦TS⟧
### dense-conn-strings
Which of these connection strings will fail from the app subnet? (app servers are ⟦IP⟧ and ⟦IP⟧)
1. postgresql://app:⟦SEC:dbpw⟧@⟦IP⟧:5432/orders
2. mysql://report:⟦SEC:dbpw⟧@⟦IP⟧:3306/bi
3. mongodb://admin:⟦SEC:dbpw⟧@⟦IP⟧:27017/?authSource=admin
4. Server=⟦IP⟧;Database=hr;User Id=sa;Password=⟦SEC:pw⟧;
### dense-pii-detector-test
I'm testing our DLP rules. Classify each line (email, phone, card, IBAN, SSN, IP, MAC, crypto, none):
⟦EMAIL⟧
⟦PHONE⟧
⟦CARD⟧
⟦IBAN⟧
⟦SSN⟧
⟦IP⟧
⟦MAC⟧
⟦CRYPTO⟧
⟦UUID⟧
⟦VER⟧
### dense-mdm-devices
Which devices haven't checked in with MDM for 14 days?
⟦A⟧ · iPhone 14 · ⟦MAC⟧ · last ⟦IP⟧ · ⟦DATE⟧
⟦B⟧ · Galaxy A54 · ⟦MAC⟧ · last ⟦IP⟧ · ⟦DATE⟧
shared-tablet-2 · iPad · ⟦MAC⟧ · last ⟦IP⟧ · ⟦DATE:past⟧
### dense-ip-lookup
Can you tell me roughly where these IPs are and whether any are hosting providers?
⟦IP⟧
⟦IP⟧
⟦IP⟧
⟦IP6⟧
⟦IP⟧
### dense-ssn-verification cc=us
Summarize the SSN verification results for onboarding:
⟦A⟧ | ⟦SSN⟧ | DOB ⟦DOB:us⟧ | VERIFIED
⟦B⟧ | ⟦SSN⟧ | DOB ⟦DOB:us⟧ | NAME MISMATCH
⟦C⟧ | ⟦SSN⟧ | DOB ⟦DOB:us⟧ | VERIFIED
### dense-vita-clinic cc=us
Make the appointment list for the free tax clinic, grouped by document type:
9:00 ⟦A⟧ - ITIN ⟦ITIN⟧ - ⟦PHONE⟧
9:30 ⟦B⟧ - SSN ⟦SSN⟧ - ⟦PHONE⟧
10:00 ⟦C⟧ - ITIN ⟦ITIN⟧ - ⟦PHONE⟧
10:30 ⟦D⟧ - ITIN ⟦ITIN⟧ (expired?) - ⟦PHONE⟧
### dense-credit-report cc=us
Summarize this credit report header for the loan file:
Consumer: ⟦A⟧
SSN: ⟦SSN⟧   DOB: ⟦DOB:us⟧
Current address: ⟦ADDR⟧
Previous addresses: ⟦ADDR⟧; ⟦ADDR⟧
Phones: ⟦PHONE⟧, ⟦PHONE⟧
Employer: ⟦ORG⟧ ⟦~⟧(reported ⟦DATE:past⟧)
### dense-traffic-citations
Summarize today's citations for the fleet manager:
⟦TIME⟧ DL ⟦DL⟧ speeding 14 over
⟦TIME⟧ DL ⟦DL⟧ red light camera
⟦TIME⟧ DL ⟦DL⟧ parking, loading zone
⟦TIME⟧ DL ⟦DL⟧ no seatbelt
### dense-passport-expiry
HR reminder list: whose passport expires before ⟦DATE:fut⟧?
⟦A⟧ (DOB ⟦DOB⟧) - ⟦PASS⟧ - ⟦DATE:fut⟧
⟦B⟧ (DOB ⟦DOB⟧) - ⟦PASS⟧ - ⟦DATE:fut⟧
⟦C⟧ (DOB ⟦DOB⟧) - ⟦PASS⟧ - ⟦DATE:fut⟧
### dense-cloudtrail
What did this user do? CloudTrail excerpt:
{"eventTime":"⟦TS:iso⟧","eventName":"CreateAccessKey","sourceIPAddress":"⟦IP⟧","userIdentity":{"accessKeyId":"⟦SEC:aws⟧","userName":"⟦A.u⟧"}}
{"eventTime":"⟦TS:iso⟧","eventName":"PutBucketPolicy","sourceIPAddress":"⟦IP⟧","userIdentity":{"accessKeyId":"⟦SEC:aws⟧"}}
### dense-seed-phrase
My ⟦?dad|uncle|grandfather⟧ wrote his wallet recovery phrase on a card: "⟦SEC:seed⟧". Is it safe to keep a photo of it on my phone? His receiving address is ⟦BTC⟧.
### dense-pin-mailer
A customer posted their PIN mailer photo in the chat (OCR below). Tell me what to do:
CARD NUMBER ⟦CARD⟧
YOUR PIN  ⟦SEC:pin⟧
Mailed to ⟦ADDR⟧
### dense-netflow
Top talkers in the last hour, any exfiltration?
⟦IP⟧ -> ⟦IP⟧  4.2 GB  tcp/443
⟦IP⟧ -> ⟦IP⟧  1.1 GB  tcp/22
⟦IP⟧ -> ⟦IP6⟧ 0.8 GB  tcp/443
⟦IP⟧ -> ⟦IP⟧  0.3 GB  udp/53
### dense-mac-vendors
Look up the vendors for these MAC addresses seen on the guest network:
⟦MAC⟧
⟦MAC⟧
⟦MAC⟧
⟦MAC⟧
⟦MAC⟧
### dense-iban-check
Check the format of these IBANs supplied by new vendors:
⟦IBAN:fr⟧
⟦IBAN:it⟧
⟦IBAN:es⟧
⟦IBAN:pl⟧
⟦IBAN:gb⟧
### dense-otp-log
Why did the customer get so many OTPs? SMS log:
⟦TS⟧ OTP ⟦SEC:otp⟧ sent to ⟦PHONE:intl#p⟧
⟦TS⟧ OTP ⟦SEC:otp⟧ sent to ⟦PHONE:intl#p⟧
⟦TS⟧ OTP ⟦SEC:otp⟧ sent to ⟦PHONE:intl#p⟧
⟦TS⟧ login from ⟦IP⟧ with last OTP
### dense-dob-consistency
These DOBs came from 3 systems for the same patient. Which format is which, and do they agree?
EHR: ⟦DOB:iso#d⟧
Lab: ⟦DOB:us⟧
Billing: ⟦DOB:long⟧
Pharmacy: ⟦DOB:compact⟧
""",
    )
)

# ===========================================================================
# Non-English: logs, configs and lists dense in non-name values
TEMPLATES.append(
    (
        "de",
        r"""
### de-netzwerk-inventar
Erstelle aus dieser Liste eine CSV (Gerät, IP, MAC), die Drucker bitte ans Ende:
Kasse-1      ⟦IP⟧   ⟦MAC⟧
Kasse-2      ⟦IP⟧   ⟦MAC⟧
Drucker-EG   ⟦IP⟧   ⟦MAC⟧
NAS          ⟦IP⟧   ⟦MAC⟧
WLAN-Schlüssel Gäste: ⟦SEC:wifi⟧
### de-lastschrift-liste
Prüfe die IBANs dieser Lastschriftmandate auf Plausibilität:
Mandat M-⟦NUM:1000-9999⟧: ⟦IBAN:de⟧, erteilt ⟦DATE:past⟧
Mandat M-⟦NUM:1000-9999⟧: ⟦IBAN:at⟧, erteilt ⟦DATE⟧
Mandat M-⟦NUM:1000-9999⟧: ⟦IBAN:de⟧, erteilt ⟦DATE⟧
Mandat M-⟦NUM:1000-9999⟧: ⟦IBAN:ch⟧, erteilt ⟦DATE:past⟧
""",
    )
)
TEMPLATES.append(
    (
        "fr",
        r"""
### fr-journal-pare-feu
Analyse ce journal du pare-feu, faut-il bloquer une adresse ?
⟦TS⟧ REFUS TCP ⟦IP⟧ -> ⟦IP⟧:22
⟦TS⟧ REFUS TCP ⟦IP⟧ -> ⟦IP⟧:3389
⟦TS⟧ AUTORISÉ UDP ⟦IP⟧ -> ⟦IP⟧:53
⟦TS⟧ REFUS TCP [⟦IP6⟧] -> [⟦IP⟧]:443
### fr-cartes-expirees
Quelles cartes enregistrées sont expirées (nous sommes le 12/03/2025) ?
Chambre 12 : ⟦CARD⟧, exp. ⟦NUM:1-12⟧/24
Chambre 18 : ⟦CARD⟧, exp. ⟦NUM:1-12⟧/26
Chambre 21 : ⟦CARD⟧, exp. ⟦NUM:1-12⟧/25
""",
    )
)
TEMPLATES.append(
    (
        "es",
        r"""
### es-config-servidor
¿Qué credenciales de este archivo debería mover a un gestor de secretos?
DB_HOST=⟦IP⟧
DB_PASS=⟦SEC:dbpw⟧
SMTP_PASS=⟦SEC:pw⟧
TWILIO_AUTH_TOKEN=⟦SEC:twilio⟧
GOOGLE_MAPS_KEY=⟦SEC:gapi⟧
### es-telefonos-formato
Pasa estos teléfonos a formato internacional:
⟦PHONE:es⟧
⟦PHONE:es⟧
⟦PHONE:mx⟧
⟦PHONE:mx⟧
⟦PHONE:es⟧
""",
    )
)
TEMPLATES.append(
    (
        "pt",
        r"""
""",
    )
)
TEMPLATES.append(
    (
        "it",
        r"""
### it-elenco-iban
Controlla questi IBAN dei fornitori prima del pagamento:
Fornitore 1: ⟦IBAN:it⟧
Fornitore 2: ⟦IBAN:it⟧
Fornitore 3: ⟦IBAN:fr⟧
Fornitore 4: ⟦IBAN:de⟧
""",
    )
)
TEMPLATES.append(
    (
        "nl",
        r"""
### nl-wachtwoorden-audit
Welke van deze gedeelde wachtwoorden zijn te zwak? (uit het oude Excelbestand)
Alarm kantoor: ⟦SEC:pin⟧
Wifi gasten: ⟦SEC:wifi⟧
Router admin: ⟦SEC:pw⟧
Boekhoudpakket: ⟦SEC:pw⟧
Kluis: ⟦SEC:pin⟧
""",
    )
)
TEMPLATES.append(
    (
        "pl",
        r"""
### pl-lista-urzadzen
Które urządzenia nie łączyły się od tygodnia?
⟦MAC⟧ ⟦IP⟧ ostatnio ⟦DATE⟧
⟦MAC⟧ ⟦IP⟧ ostatnio ⟦DATE⟧
⟦MAC⟧ ⟦IP⟧ ostatnio ⟦DATE:past⟧
⟦MAC⟧ ⟦IP⟧ ostatnio ⟦DATE⟧
""",
    )
)
TEMPLATES.append(
    (
        "cs",
        r"""
### cs-data-narozeni
Rozděl tyto zaměstnance (jen čísla) do věkových skupin:
Z-101 nar. ⟦DOB⟧
Z-102 nar. ⟦DOB⟧
Z-117 nar. ⟦DOB⟧
Z-120 nar. ⟦DOB⟧
Z-133 nar. ⟦DOB⟧
""",
    )
)
TEMPLATES.append(
    (
        "ro",
        r"""
### ro-log-vpn
Care sesiuni VPN par suspecte?
⟦TS⟧ ⟦EMAIL⟧ de la ⟦IP⟧
⟦TS⟧ ⟦EMAIL⟧ de la ⟦IP⟧
⟦TS⟧ ⟦EMAIL⟧ de la ⟦IP6⟧
""",
    )
)
TEMPLATES.append(
    (
        "hu",
        r"""
### hu-telefonszamok
Alakítsd át ezeket a telefonszámokat nemzetközi formátumra:
⟦PHONE:hu⟧
⟦PHONE:hu⟧
⟦PHONE:hu⟧
⟦PHONE:sk⟧
""",
    )
)
TEMPLATES.append(
    (
        "sv",
        r"""
### sv-nyckelrotation
Gör en plan för att byta ut de här nycklarna (hittade i en gammal wikisida):
Slack: ⟦SEC:slack⟧
GitHub: ⟦SEC:gh⟧
Stripe: ⟦SEC:stripe⟧
Databas: postgres://app:⟦SEC:dbpw⟧@⟦IP⟧:5432/prod
""",
    )
)
TEMPLATES.append(
    (
        "no",
        r"""
### no-kort-logg
PCI-hendelse: disse kortnumrene lå i klartekst i loggen. Hvilke kortselskaper er det?
⟦TS⟧ ⟦CARD⟧ GODKJENT
⟦TS⟧ ⟦CARD⟧ AVVIST
⟦TS⟧ ⟦CARD⟧ GODKJENT
""",
    )
)
TEMPLATES.append(
    (
        "da",
        r"""
### da-ip-opslag
Kan du sige, hvor disse IP-adresser ligger, og om nogen er hostingudbydere?
⟦IP⟧
⟦IP⟧
⟦IP6⟧
⟦IP⟧
""",
    )
)
TEMPLATES.append(
    (
        "fi",
        r"""
### fi-iban-tarkistus
Tarkista näiden toimittajien IBAN-muodot:
⟦IBAN:fi⟧
⟦IBAN:fi⟧
⟦IBAN:ee⟧
⟦IBAN:se⟧
""",
    )
)
TEMPLATES.append(
    (
        "tr",
        r"""
### tr-sunucu-ayar
Bu ayar dosyasında hangi bilgiler gizli tutulmalı?
DB_HOST=⟦IP⟧
DB_SIFRE=⟦SEC:dbpw⟧
MAIL_SIFRE=⟦SEC:pw⟧
API_ANAHTARI=⟦SEC:key⟧
YONETICI_TEL=⟦PHONE⟧
""",
    )
)
TEMPLATES.append(
    (
        "el",
        r"""
### el-kodikoi-prosvasis
Φτιάξε ένα φύλλο πρόσβασης για τον νυχτοφύλακα (χωρίς ονόματα):
Κεντρική είσοδος: ⟦SEC:door⟧
Αποθήκη: ⟦SEC:door⟧
Συναγερμός: ⟦SEC:pin⟧
Wi-Fi προσωπικού: ⟦SEC:wifi⟧
""",
    )
)
TEMPLATES.append(
    (
        "ru",
        r"""
### ru-spisok-ustroistv
Какие устройства давно не выходили в сеть?
касса-1   ⟦IP⟧   ⟦MAC⟧   ⟦DATE⟧
касса-2   ⟦IP⟧   ⟦MAC⟧   ⟦DATE:past⟧
принтер   ⟦IP⟧   ⟦MAC⟧   ⟦DATE⟧
роутер    ⟦IP⟧   ⟦MAC⟧   пароль админки ⟦SEC:pw⟧
""",
    )
)
TEMPLATES.append(
    (
        "uk",
        r"""
### uk-kripto-gamantsi
Звір баланси наших гаманців (благодійний фонд):
⟦BTC⟧ — 0,42 BTC
⟦ETH⟧ — 3,1 ETH
⟦ETH⟧ — 0,7 ETH
Відповідальна: ⟦A⟧
""",
    )
)
TEMPLATES.append(
    (
        "ar",
        r"""
### ar-ajhiza-shabaka
حوّل هذه القائمة إلى جدول (الجهاز، IP، MAC):
نقطة البيع 1: ⟦IP⟧ / ⟦MAC⟧
نقطة البيع 2: ⟦IP⟧ / ⟦MAC⟧
الطابعة: ⟦IP⟧ / ⟦MAC⟧
كلمة مرور الواي فاي للضيوف: ⟦SEC:wifi⟧
""",
    )
)
TEMPLATES.append(
    (
        "he",
        r"""
### he-kartisim
אילו כרטיסים שמורים פגי תוקף? (היום 12/03/2025)
חדר 101: ⟦CARD⟧, תוקף ⟦NUM:1-12⟧/24
חדר 204: ⟦CARD⟧, תוקף ⟦NUM:1-12⟧/26
חדר 310: ⟦CARD⟧, תוקף ⟦NUM:1-12⟧/25
""",
    )
)
TEMPLATES.append(
    (
        "zh",
        r"""
### zh-peizhi
这个配置文件里哪些内容应该放进密钥管理？
DB_HOST=⟦IP⟧
DB_PASSWORD=⟦SEC:dbpw⟧
ALIYUN_ACCESS_KEY_SECRET=⟦SEC:hex⟧
WECHAT_APP_SECRET=⟦SEC:hex⟧
管理员手机=⟦PHONE⟧
""",
    )
)
TEMPLATES.append(
    (
        "ja",
        r"""
### ja-ip-ichiran
このIPアドレス一覧を、社内・社外に分類してください：
⟦IP⟧
⟦IP⟧
⟦IP⟧
⟦IP6⟧
⟦IP⟧
""",
    )
)
TEMPLATES.append(
    (
        "ko",
        r"""
### ko-seoljeong
이 설정 파일에서 비밀로 관리해야 하는 값은 무엇인가요?
DB_HOST=⟦IP⟧
DB_PASSWORD=⟦SEC:dbpw⟧
KAKAO_API_KEY=⟦SEC:hex⟧
SLACK_WEBHOOK_TOKEN=⟦SEC:slack⟧
""",
    )
)
TEMPLATES.append(
    (
        "id",
        r"""
### id-daftar-nomor
Ubah nomor-nomor ini ke format internasional:
⟦PHONE:id⟧
⟦PHONE:id⟧
⟦PHONE:id⟧
⟦PHONE:id⟧
""",
    )
)
TEMPLATES.append(
    (
        "vi",
        r"""
### vi-danh-sach-thiet-bi
Thiết bị nào lâu rồi không kết nối?
⟦MAC⟧ ⟦IP⟧ lần cuối ⟦DATE⟧
⟦MAC⟧ ⟦IP⟧ lần cuối ⟦DATE:past⟧
⟦MAC⟧ ⟦IP⟧ lần cuối ⟦DATE⟧
""",
    )
)
TEMPLATES.append(
    (
        "hi",
        r"""
### hi-bitcoin
क्या यह बिटकॉइन पता सही फॉर्मेट में है? ⟦BTC⟧ और यह दूसरा वाला ⟦BTC⟧? मेरे दोस्त ⟦A⟧ ने भेजा है।
""",
    )
)
TEMPLATES.append(
    (
        "sw",
        r"""
### sw-orodha-vifaa
Vifaa gani havijaunganishwa kwa wiki moja?
⟦MAC⟧ ⟦IP⟧ mara ya mwisho ⟦DATE⟧
⟦MAC⟧ ⟦IP⟧ mara ya mwisho ⟦DATE:past⟧
⟦MAC⟧ ⟦IP⟧ mara ya mwisho ⟦DATE⟧
""",
    )
)

# ===========================================================================
# More non-English scenarios (keeps each cross-language scenario to a few
# languages)
TEMPLATES.append(
    (
        "fr",
        r"""
### fr-convocation-entretien ans
Madame, Monsieur ⟦A.l⟧,

Nous avons le plaisir de vous convier à un entretien le ⟦DATE:long⟧ à ⟦TIME⟧ avec ⟦B⟧ et ⟦C.hon⟧ ⟦C.l⟧. Merci de vous munir d'une pièce d'identité.

Cordialement,
⟦D⟧
### fr-objet-trouve
Rédige un mail au client pour l'objet oublié :
Objet : écharpe ⟦?Hermès|Lacoste|Chanel⟧⟦~⟧ trouvée chambre 214 le ⟦DATE⟧
Client : ⟦A⟧, ⟦A.e⟧, ⟦PHONE⟧
Adresse pour l'envoi : ⟦ADDR:ml⟧
Frais d'envoi ⟦AMT:small⟧ à régler par lien de paiement
""",
    )
)
TEMPLATES.append(
    (
        "es",
        r"""
### es-multa-recurso
Redacta un recurso contra esta multa de tráfico:
Expediente ⟦TICKET⟧
Titular: ⟦A⟧, DNI ⟦DL:es⟧
Domicilio: ⟦ADDR⟧
Hechos: estacionado en zona de carga el ⟦DATE⟧ a las ⟦TIME⟧; estaba descargando la compra para mi madre, ⟦B:f⟧, que tiene movilidad reducida.
Teléfono: ⟦PHONE⟧
""",
    )
)
TEMPLATES.append(
    (
        "pt",
        r"""
### pt-lista-visita-estudo
Organiza a lista da visita de estudo por turma:
⟦A⟧ (n. ⟦DOB:kid⟧) - autorização: sim - EE: ⟦B⟧, ⟦PHONE⟧
⟦C⟧ (n. ⟦DOB:kid⟧) - autorização: sim - EE: ⟦D⟧, ⟦PHONE⟧
⟦E⟧ (n. ⟦DOB:kid⟧) - autorização: falta - EE: ⟦F⟧, ⟦PHONE⟧
### pt-despesas-cartao
Classifica estas despesas da viagem e soma o total:
⟦DATE⟧ Uber ⟦AMT:small⟧
⟦DATE⟧ jantar com ⟦A⟧ (cliente) ⟦AMT:small⟧
⟦DATE⟧ hotel ⟦AMT⟧
Pago com o cartão da empresa ⟦CARD⟧. Aprovação: ⟦B⟧.
### pt-inscricao-ginasio
Verifica esta ficha de inscrição no ginásio:
Nome: ⟦A⟧
Data de nascimento: ⟦DOB⟧
Telemóvel: ⟦PHONE⟧
E-mail: ⟦A.e⟧
Débito direto: ⟦IBAN⟧
Contacto de emergência: ⟦B⟧
""",
    )
)
TEMPLATES.append(
    (
        "it",
        r"""
### it-cambio-utenza
Controlla questa richiesta di voltura della bolletta della luce:
Nuovo intestatario: ⟦A⟧, nato/a il ⟦DOB⟧
Precedente intestatario: ⟦B⟧
Indirizzo fornitura: ⟦ADDR⟧
Addebito su IBAN: ⟦IBAN:it⟧
Recapito: ⟦PHONE⟧
""",
    )
)
TEMPLATES.append(
    (
        "nl",
        r"""
### nl-vog-aanvraag
Controleer deze VOG-aanvraag:
Naam: ⟦A⟧
Geboortedatum: ⟦DOB⟧
Adres: ⟦ADDR⟧
Functie: vrijwilliger bij ⟦ORGN⟧
Contactpersoon organisatie: ⟦B⟧, ⟦B.e⟧
### nl-bruiloft
Maak een offerte voor deze bruiloftsaanvraag:
Bruidspaar: ⟦A⟧ en ⟦B⟧
Contact: ⟦A.e⟧, ⟦PHONE⟧
Datum: ⟦DATE:fut⟧, ongeveer ⟦NUM:50-150⟧ gasten
Let op: de oma van ⟦B.f⟧, ⟦C⟧, zit in een rolstoel
""",
    )
)
TEMPLATES.append(
    (
        "pl",
        r"""
### pl-zapisy-przedszkole
Posortuj listę dzieci według daty urodzenia:
⟦A⟧ - ur. ⟦DOB:kid⟧ - rodzic: ⟦B⟧, ⟦PHONE⟧
⟦C⟧ - ur. ⟦DOB:kid⟧ - rodzic: ⟦D⟧, ⟦PHONE⟧
⟦E⟧ - ur. ⟦DOB:kid⟧ - rodzic: ⟦F⟧, ⟦PHONE⟧
### pl-wniosek-zmiana-konta
Sprawdź wniosek o zmianę rachunku do wypłaty wynagrodzenia:
Pracownik: ⟦A⟧
Nr ewidencyjny: ⟦NUM:1000-9999⟧
Nowy rachunek: ⟦IBAN:pl⟧
Nowy adres: ⟦ADDR⟧
Data: ⟦DATE⟧, podpis: ⟦A⟧
""",
    )
)
TEMPLATES.append(
    (
        "cs",
        r"""
### cs-pozvani-vizum
Napiš zvací dopis pro vízum:
Zvaná osoba: ⟦A⟧, nar. ⟦DOB⟧, pas č. ⟦PASS⟧
Akce: školení v Praze ⟦DATE:fut⟧
Ubytování hradí firma, kontakt ⟦B⟧ (⟦B.e⟧)
### cs-cestovni-prikaz json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Vyplň cestovní příkaz: ⟦A⟧, nar. ⟦DOB⟧, pas ⟦PASS⟧, odjezd ⟦DATE:fut⟧ Praha-Mnichov, schválil(a) ⟦B⟧."}]}
""",
    )
)
TEMPLATES.append(
    (
        "sk",
        r"""
### sk-clenstvo-klub
Rozdeľ deti z tohto zoznamu do vekových kategórií (futbalový klub):
⟦A⟧, nar. ⟦DOB:kid⟧, rodič ⟦B⟧, ⟦PHONE⟧
⟦C⟧, nar. ⟦DOB:kid⟧, rodič ⟦D⟧, ⟦PHONE⟧
⟦E⟧, nar. ⟦DOB:kid⟧
Členský príspevok ⟦AMT:small⟧ na účet ⟦IBAN:sk⟧
""",
    )
)
TEMPLATES.append(
    (
        "hu",
        r"""
### hu-parkolasi-kerelem
Nézd át ezt a lakossági parkolási engedély kérelmet, hiányzik-e valami:
Kérelmező: ⟦A⟧
Születési idő: ⟦DOB⟧
Lakcím: ⟦ADDR⟧
Jogosítvány száma: ⟦DL⟧
Rendszám: ⟦?ABC-123|RTK-482|AA BB-417⟧
Telefon: ⟦PHONE⟧
""",
    )
)
TEMPLATES.append(
    (
        "da",
        r"""
### da-bryllup-forespoergsel
Skriv et tilbud på denne bryllupsforespørgsel:
Brudepar: ⟦A⟧ og ⟦B⟧
Kontakt: ⟦A.e⟧, ⟦PHONE⟧
Dato: ⟦DATE:fut⟧, ca. ⟦NUM:40-120⟧ gæster
Bemærk: bedstemor til ⟦B.f⟧, ⟦C⟧, sidder i kørestol
""",
    )
)
TEMPLATES.append(
    (
        "fi",
        r"""
### fi-haajuhla
Tee tarjous tästä hääjuhlatiedustelusta:
Hääpari: ⟦A⟧ ja ⟦B⟧
Yhteystiedot: ⟦A.e⟧, ⟦PHONE⟧
Päivä: ⟦DATE:fut⟧, noin ⟦NUM:40-150⟧ vierasta
Huom: morsiusparin isoäiti ⟦C⟧ käyttää pyörätuolia
""",
    )
)
TEMPLATES.append(
    (
        "et",
        r"""
### et-lasteaed
Sorteeri lasteaia nimekiri sünniaja järgi:
⟦A⟧ - ⟦DOB:kid⟧ - vanem ⟦B⟧, ⟦PHONE⟧
⟦C⟧ - ⟦DOB:kid⟧ - vanem ⟦D⟧, ⟦PHONE⟧
⟦E⟧ - ⟦DOB:kid⟧ - vanem ⟦F⟧, ⟦PHONE⟧
""",
    )
)
TEMPLATES.append(
    (
        "lt",
        r"""
### lt-kvietimas-vizai
Parašyk kvietimo laišką vizai gauti:
Kviečiamasis: ⟦A⟧, gimimo data ⟦DOB⟧, paso nr. ⟦PASS⟧
Renginys: konferencija Vilniuje, ⟦DATE:fut⟧
Apgyvendinimas: viešbutis, apmoka organizatorius
Kontaktinis asmuo: ⟦B⟧, ⟦B.e⟧
### lt-skrydzio-uzsakymas
Išrink iš šio užsakymo patvirtinimo svarbiausius duomenis:
Keleivis: ⟦A.UF⟧
Rezervacijos kodas: ⟦CODE⟧
Skrydis: ⟦?LO 772|FR 2834|BT 343⟧, ⟦DATE:fut⟧
Paso nr.: ⟦PASS⟧, gimimo data ⟦DOB⟧
Tel.: ⟦PHONE⟧
### lt-triuksmas
Suformuluok skundą seniūnijai dėl triukšmo:
„Esu ⟦A⟧, gyvenu ⟦ADDR⟧. Kaimynas ⟦B:m⟧ kiekvieną naktį garsiai leidžia muziką. Kreipiausi ⟦DATE⟧, bet niekas nepasikeitė. Mano tel. ⟦PHONE⟧.“
""",
    )
)
TEMPLATES.append(
    (
        "no",
        r"""
### no-treningssenter
Sjekk dette innmeldingsskjemaet til treningssenteret:
Navn: ⟦A⟧
Fødselsdato: ⟦DOB⟧
Mobil: ⟦PHONE⟧
E-post: ⟦A.e⟧
Kort for trekk: ⟦CARD⟧
Kontaktperson: ⟦B⟧
""",
    )
)
TEMPLATES.append(
    (
        "tr",
        r"""
### tr-veli-mesaji
Veliye kibarca bir cevap yaz:
"⟦A.f⟧ Hocam merhaba, çocuğum ⟦B.f⟧ pazartesiden beri hasta, Dr. ⟦C⟧'ın raporunu ekledim. Bana ⟦PHONE⟧ numarasından ulaşabilirsiniz. ⟦D⟧"
### tr-ucak-bileti
Bu rezervasyondan önemli bilgileri çıkar:
Yolcu: ⟦A.UF⟧
PNR: ⟦CODE⟧
Uçuş: ⟦?TK 1823|PC 2012|XQ 141⟧, ⟦DATE:fut⟧
Pasaport: ⟦PASS⟧, doğum tarihi ⟦DOB⟧
### tr-site-aidati
Site yönetimi için aidat listesini düzenle, borcu olanları işaretle:
Daire 3 - ⟦A⟧ - ⟦AMT⟧ - ödendi
Daire 5 - ⟦B⟧ - ⟦AMT⟧ - ödenmedi, tel ⟦PHONE⟧
Daire 8 - ⟦C⟧ - ⟦AMT⟧ - ödendi
Yönetim hesabı: ⟦IBAN:tr⟧
### tr-vize-davet
Vize başvurusu için davet mektubu hazırla:
Davet edilen: ⟦A⟧, doğum tarihi ⟦DOB⟧, pasaport ⟦PASS⟧
Etkinlik: İstanbul'da eğitim, ⟦DATE:fut⟧
İrtibat: ⟦B⟧, ⟦B.e⟧
""",
    )
)
TEMPLATES.append(
    (
        "el",
        r"""
### el-eggrafi-gymnastirio
Έλεγξε αυτή τη φόρμα εγγραφής στο γυμναστήριο:
Ονοματεπώνυμο: ⟦A⟧
Ημ. γέννησης: ⟦DOB⟧
Κινητό: ⟦PHONE⟧
Email: ⟦A.e⟧
Κάρτα για πάγια εντολή: ⟦CARD⟧
### el-syntagi
Γράψε μια σύντομη απάντηση για ανανέωση συνταγής:
«Καλησπέρα, είμαι ο/η ⟦A⟧ (γεν. ⟦DOB:old⟧). Χρειάζομαι ανανέωση της συνταγής για την πίεση. Ο γιατρός μου, ο Δρ. ⟦B.l:m⟧, είναι σε άδεια. Τηλ. ⟦PHONE⟧.»
### el-cv-perilipsi ans
**⟦A⟧**
- Ημ. γέννησης: ⟦DOB⟧
- Επικοινωνία: ⟦A.e⟧, ⟦PHONE⟧
- Διεύθυνση: ⟦ADDR⟧
- Τελευταία θέση: υπεύθυνος/η αποθήκης στην ⟦ORG⟧ (προϊστάμενος ⟦B⟧)
### el-kratisi-ptisis
Βγάλε τα βασικά στοιχεία από την κράτηση:
Επιβάτης: ⟦A.U⟧
Κωδικός κράτησης: ⟦CODE⟧
Πτήση ⟦?A3 602|OA 351⟧, ⟦DATE:fut⟧
Διαβατήριο: ⟦PASS⟧, ημ. γέννησης ⟦DOB⟧
""",
    )
)
TEMPLATES.append(
    (
        "ru",
        r"""
### ru-dtp
Составь описание ДТП для страховой:
⟦DATE⟧ около ⟦TIME⟧ наш водитель ⟦A:m⟧ (ВУ ⟦DL⟧) при движении задним ходом задел автомобиль ⟦B⟧ у дома по адресу ⟦ADDR⟧. Телефон второго участника: ⟦PHONE⟧. Свидетель: ⟦C.fio⟧.
### ru-komandirovka json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Оформи заявку на командировку: сотрудник ⟦A.fio⟧, дата рождения ⟦DOB⟧, загранпаспорт ⟦PASS⟧, вылет ⟦DATE:fut⟧ Москва-Алматы, согласовал(а) ⟦B.io⟧."}]}
""",
    )
)
TEMPLATES.append(
    (
        "uk",
        r"""
### uk-dovidka-shkola
Перетвори заяву про зарахування до школи на таблицю:
Учень: ⟦A⟧
Дата народження: ⟦DOB:kid⟧
Батьки: ⟦B⟧, ⟦PHONE⟧
Адреса: ⟦ADDR⟧
### uk-vidriadzhennia json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Оформи відрядження: працівник ⟦A.fio⟧, дата народження ⟦DOB⟧, закордонний паспорт ⟦PASS⟧, виїзд ⟦DATE:fut⟧ Київ-Варшава, погодив(ла) ⟦B.io⟧."}]}
### uk-holosova-poshta
Коротко перекажи голосове повідомлення (автотранскрипція):
"добрий день це ⟦A⟧ дзвоню щодо мами ⟦B:f⟧ дата народження ⟦DOB:old⟧ її вчора виписали але не дали ліки передзвоніть будь ласка на ⟦PHONE⟧ дякую"
### uk-kvytok
Випиши головне з цього бронювання:
Пасажир: ⟦A.UF⟧
Код бронювання: ⟦CODE⟧
Рейс: ⟦?PS 101|LO 752⟧, ⟦DATE:fut⟧
Паспорт: ⟦PASS⟧, дата народження ⟦DOB⟧
""",
    )
)
TEMPLATES.append(
    (
        "sr",
        r"""
### sr-stanar-kvar
Помози ми да одговорим станару:
„Поштовани ⟦A.hon⟧ ⟦A.l⟧, од ⟦DATE⟧ не ради бојлер у стану у ⟦ADDR⟧. Мајстор ⟦B:m⟧ није дошао. Позовите ме на ⟦PHONE⟧. ⟦C⟧“
### sr-preporuka
Напиши препоруку за бившу колегиницу:
Име: ⟦A:f⟧, рођена ⟦DOB⟧
Радила код нас од 2019. као рачуновођа, надређени ⟦B⟧.
Контакт за проверу: ⟦B.e⟧, ⟦PHONE⟧
### sr-lista-vozaca
Којим возачима истиче возачка дозвола до ⟦DATE:fut⟧?
⟦A⟧ | ⟦DL⟧ | ⟦DATE:fut⟧
⟦B⟧ | ⟦DL⟧ | ⟦DATE:fut⟧
⟦C⟧ | ⟦DL⟧ | ⟦DATE:fut⟧
### sr-poziv-centar
Сажми разговор за CRM:
АГЕНТ ⟦A.f⟧: Можете ли да потврдите датум рођења?
КОРИСНИК ⟦B⟧: ⟦DOB:long⟧
АГЕНТ ⟦A.f⟧: А адресу?
КОРИСНИК: ⟦ADDR⟧
АГЕНТ ⟦A.f⟧: Хвала, пребацујем вас код колеге ⟦C⟧.
### sr-putni-nalog json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Направи путни налог: путник ⟦A⟧, пасош ⟦PASS⟧, датум рођења ⟦DOB⟧, полазак ⟦DATE:fut⟧ Београд-Беч, одобрио ⟦B⟧."}]}
""",
    )
)
TEMPLATES.append(
    (
        "hr",
        r"""
### hr-putni-nalog json
{"model": "⟦MODEL⟧", "messages": [{"role": "user", "content": "Ispuni putni nalog: ⟦A⟧, datum rođenja ⟦DOB⟧, putovnica ⟦PASS⟧, polazak ⟦DATE:fut⟧ Zagreb-Ljubljana, odobrio/la ⟦B⟧."}]}
### hr-izgubljeno
Napiši e-mail gostu o zaboravljenoj stvari:
Stvar: punjač za laptop, soba 318, ⟦DATE⟧
Gost: ⟦A⟧, ⟦A.e⟧, ⟦PHONE⟧
Adresa za slanje: ⟦ADDR⟧
### hr-racun-struja
Provjeri zahtjev za promjenu korisnika na računu za struju:
Novi korisnik: ⟦A⟧, rođen(a) ⟦DOB⟧
Dosadašnji korisnik: ⟦B⟧
Adresa mjernog mjesta: ⟦ADDR⟧
IBAN za izravno terećenje: ⟦IBAN:hr⟧
""",
    )
)
TEMPLATES.append(
    (
        "ar",
        r"""
### ar-ishtirak-nadi
راجع نموذج الاشتراك في النادي الرياضي:
الاسم: ⟦A⟧
تاريخ الميلاد: ⟦DOB⟧
الجوال: ⟦PHONE⟧
البريد: ⟦A.e⟧
البطاقة للخصم الشهري: ⟦CARD⟧
### ar-hajz-tayaran
استخرج المعلومات المهمة من الحجز:
المسافر: ⟦A⟧
رمز الحجز: ⟦CODE⟧
الرحلة: ⟦?SV 1023|EK 925|MS 804⟧ بتاريخ ⟦DATE:fut⟧
رقم الجواز: ⟦PASS⟧، تاريخ الميلاد ⟦DOB⟧
### ar-shakwa-baladiya
اكتب شكوى للبلدية:
"أنا ⟦A⟧، أسكن في ⟦ADDR⟧. منذ ⟦DATE⟧ وأعمدة الإنارة في شارعنا معطلة، وجاري ⟦B:m⟧ اشتكى أيضاً. رقم جوالي ⟦PHONE⟧."
### ar-tawsiya
اكتب خطاب توصية لزميلتي السابقة:
الاسم: ⟦A:f⟧، تاريخ الميلاد ⟦DOB⟧
عملت لدينا محاسبة منذ 2019، ومديرها المباشر ⟦B⟧.
للتحقق: ⟦B.e⟧، ⟦PHONE⟧
""",
    )
)
TEMPLATES.append(
    (
        "fa",
        r"""
### fa-sabtenam-madrese
این فرم ثبت‌نام مدرسه را به جدول تبدیل کن:
نام دانش‌آموز: ⟦A⟧
تاریخ تولد: ⟦DOB:kid⟧
نام ولی: ⟦B⟧، تلفن ⟦PHONE⟧
نشانی: ⟦ADDR⟧
### fa-belit-havapeima
اطلاعات مهم این رزرو بلیت را استخراج کن:
مسافر: ⟦A⟧
کد رزرو: ⟦CODE⟧
شماره گذرنامه: ⟦PASS⟧، تاریخ تولد ⟦DOB⟧
پرواز: ⟦?IR 712|W5 116⟧، ⟦DATE:fut⟧
تلفن همراه: ⟦PHONE⟧
### fa-enteghal-vajh
آیا این درخواست انتقال وجه کامل است؟
فرستنده: ⟦A⟧
گیرنده: ⟦B⟧
شماره شبای گیرنده: ⟦IBAN:ir⟧
مبلغ: ⟦AMT⟧
بابت: ⟦?شهریه دانشگاه|اجاره خانه|هزینه درمان⟧
### fa-sooratjalase
صورت‌جلسه را مرتب کن:
حاضرین: ⟦A⟧ (مدیر)، ⟦B⟧، ⟦C⟧
⟦B.f⟧ پیشنهاد داد رمز وای‌فای مهمان (⟦SEC:wifi⟧) عوض شود.
جلسه بعد: ⟦DATE:fut⟧
""",
    )
)
TEMPLATES.append(
    (
        "he",
        r"""
### he-gan-yeladim
סדר את רשימת הילדים לפי תאריך לידה:
⟦A⟧ - ⟦DOB:kid⟧ - הורה: ⟦B⟧, ⟦PHONE⟧
⟦C⟧ - ⟦DOB:kid⟧ - הורה: ⟦D⟧, ⟦PHONE⟧
⟦E⟧ - ⟦DOB:kid⟧ - הורה: ⟦F⟧, ⟦PHONE⟧
### he-hatzaat-avoda ans
שלום ⟦A⟧,

שמחים להציע לך את התפקיד בצוות של ⟦B⟧, החל מ-⟦DATE:fut⟧. נא לשלוח צילום דרכון (⟦PASS⟧) ופרטי חשבון בנק לכתובת ⟦C.e⟧.

בברכה,
⟦C⟧
### he-tviat-bituach
נסח תביעה לחברת הביטוח:
ב-⟦DATE⟧ נכנס רכב בגדר שלנו ב⟦ADDR⟧. הנהג: ⟦A⟧, רישיון נהיגה ⟦DL⟧, טל' ⟦PHONE⟧. עד: ⟦B⟧.
### he-config
אילו ערכים בקובץ הזה צריכים להיות סודיים?
DB_HOST=⟦IP⟧
DB_PASSWORD=⟦SEC:dbpw⟧
SENDGRID_KEY=⟦SEC:sg⟧
ADMIN_EMAIL=⟦A.e⟧
""",
    )
)
TEMPLATES.append(
    (
        "hi",
        r"""
### hi-kirayanama
इस किरायानामे में कोई कमी हो तो बताइए:
किरायेदार: ⟦A⟧, जन्म तिथि ⟦DOB⟧
मकान मालिक: ⟦B⟧
पता: ⟦ADDR⟧
किराया: ⟦AMT⟧ प्रति माह, ⟦DATE:fut⟧ से
गवाह: ⟦C⟧
### hi-nagar-shikayat
नगर निगम को शिकायत पत्र लिखिए:
"मैं ⟦A⟧, ⟦ADDR⟧ का निवासी हूँ। ⟦DATE⟧ से हमारी गली की स्ट्रीट लाइट बंद है। पड़ोसी ⟦B⟧ ने भी शिकायत की थी। मेरा मोबाइल नंबर ⟦PHONE⟧ है।"
### hi-niyukti-patra ans
प्रिय ⟦A⟧,

हमें आपको ⟦DATE:fut⟧ से ⟦?सहायक प्रबंधक|लेखाकार|नर्स⟧ के पद पर नियुक्त करते हुए खुशी हो रही है। कृपया अपना पासपोर्ट (⟦PASS:in⟧) और बैंक विवरण ⟦B.e⟧ पर भेजें।

सादर,
⟦B⟧
### hi-bijli-bill
बिजली कनेक्शन नाम बदलने का यह आवेदन जाँचिए:
नया उपभोक्ता: ⟦A⟧, जन्म तिथि ⟦DOB⟧
पुराना उपभोक्ता: ⟦B⟧
पता: ⟦ADDR⟧
मोबाइल: ⟦PHONE⟧
""",
    )
)
TEMPLATES.append(
    (
        "ta",
        r"""
### ta-palli-serkkai
பள்ளி சேர்க்கை படிவத்தை அட்டவணையாக மாற்றவும்:
மாணவர்: ⟦A⟧
பிறந்த தேதி: ⟦DOB:kid⟧
பெற்றோர்: ⟦B⟧, ⟦PHONE⟧
முகவரி: ⟦ADDR⟧
### ta-min-katanam
மின் இணைப்பு பெயர் மாற்ற விண்ணப்பத்தைச் சரிபார்க்கவும்:
புதிய நுகர்வோர்: ⟦A⟧, பிறந்த தேதி ⟦DOB⟧
பழைய நுகர்வோர்: ⟦B⟧
முகவரி: ⟦ADDR⟧
கைபேசி: ⟦PHONE⟧
### ta-kaappeedu
காப்பீட்டு நிறுவனத்துக்கு கோரிக்கை எழுதவும்: ⟦DATE⟧ அன்று ⟦A⟧ (ஓட்டுநர் உரிமம் ⟦DL⟧) எங்கள் வாசல் கதவை இடித்தார். அவரது கைபேசி ⟦PHONE⟧. சாட்சி: ⟦B⟧.
### ta-kootam
கூட்டக் குறிப்புகளை ஒழுங்குபடுத்தவும்:
கலந்துகொண்டவர்கள்: ⟦A⟧, ⟦B⟧, ⟦C⟧
⟦B.f⟧ விருந்தினர் Wi-Fi கடவுச்சொல்லை (⟦SEC:wifi⟧) மாற்ற பரிந்துரைத்தார்.
அடுத்த கூட்டம்: ⟦DATE:fut⟧
### ta-ninaivootal ans
வணக்கம் ⟦A⟧,
உங்கள் மருத்துவ சந்திப்பு ⟦DATE:long⟧ அன்று ⟦TIME⟧ மணிக்கு டாக்டர் ⟦B⟧ உடன் உள்ளது. உங்கள் பிறந்த தேதி (⟦DOB⟧) மற்றும் கைபேசி எண் (⟦PHONE⟧) சரியா என்பதை உறுதிசெய்யவும்.
""",
    )
)
TEMPLATES.append(
    (
        "id",
        r"""
### id-kos-kosan
Tolong cek perjanjian sewa kos ini:
Penyewa: ⟦A⟧, lahir ⟦DOB⟧
Pemilik: ⟦B⟧
Alamat kos: ⟦ADDR⟧
Sewa: ⟦AMT⟧ per bulan, transfer ke rekening BCA ⟦NUM:1000000000-9999999999⟧
### id-kurir-wa
Ringkas percakapan kurir ini:
[⟦TIME⟧] ⟦A.f⟧ (kurir): saya di depan pagar, tidak ada yang jawab
[⟦TIME⟧] Admin: telepon ⟦PHONE⟧
[⟦TIME⟧] ⟦A.f⟧: tetangga, ⟦B.hon⟧ ⟦B.f⟧, mau terima paketnya
[⟦TIME⟧] Admin: oke, foto ya. Penerima ⟦C⟧, ⟦ADDR⟧
### id-lamaran ans
**Ringkasan CV ⟦A⟧**
- Lahir: ⟦DOB⟧
- Kontak: ⟦A.e⟧ / ⟦PHONE⟧
- Alamat: ⟦ADDR⟧
- Pengalaman: admin gudang di ⟦ORG⟧, atasan ⟦B⟧
### id-undangan
Buatkan daftar tamu undangan pernikahan per meja:
⟦A⟧ & ⟦B⟧, ⟦C⟧, ⟦D⟧ (+1), ⟦E⟧, ⟦F⟧
Alamat untuk undangan cetak: ⟦C.f⟧ di ⟦ADDR⟧
### id-pengingat-klinik ans
Halo ⟦A.hon⟧ ⟦A.f⟧,
Jadwal kontrol Anda dengan dr. ⟦B⟧ pada ⟦DATE:long⟧ pukul ⟦TIME⟧. Mohon bawa kartu identitas. Jika berhalangan, hubungi ⟦C⟧ melalui pesan ini.
""",
    )
)
TEMPLATES.append(
    (
        "tl",
        r"""
### tl-padala
Tama ba itong remittance details?
Nagpadala: ⟦A⟧
Tatanggap: ⟦B⟧, ⟦PHONE⟧
Account ng tatanggap: ⟦IBAN⟧
Halaga: ⟦AMT⟧
Para sa: tuition ni ⟦C.f⟧
### tl-barangay-clearance
Pakitingnan kung kumpleto ang application para sa barangay clearance:
Pangalan: ⟦A.U⟧
Petsa ng kapanganakan: ⟦DOB⟧
Tirahan: ⟦ADDR⟧
Layunin: trabaho sa ⟦ORG⟧
Cellphone: ⟦PHONE⟧
### tl-resume ans
**⟦A⟧**
- Kaarawan: ⟦DOB⟧
- Email: ⟦A.e⟧ · Cell: ⟦PHONE⟧
- Address: ⟦ADDR⟧
- Huling trabaho: call center agent sa ⟦ORG⟧, TL si ⟦B⟧
### tl-enrollment
Gawing table itong enrollment form:
Pangalan ng bata: ⟦A⟧
Kaarawan: ⟦DOB:kid⟧
Magulang: ⟦B⟧, ⟦PHONE⟧
Tirahan: ⟦ADDR⟧
### tl-nawawala
Sumulat ng email sa guest tungkol sa naiwang gamit:
Gamit: itim na jacket, nakita sa room 512 noong ⟦DATE⟧
Guest: ⟦A⟧, ⟦A.e⟧, ⟦PHONE⟧
Address para sa padala: ⟦ADDR⟧
""",
    )
)
TEMPLATES.append(
    (
        "vi",
        r"""
### vi-ve-may-bay
Trích thông tin chính từ vé:
Hành khách: ⟦A.U⟧
Mã đặt chỗ: ⟦CODE⟧
Chuyến bay: ⟦?VN 213|VJ 122|QH 201⟧, ⟦DATE:fut⟧
Hộ chiếu: ⟦PASS⟧, ngày sinh ⟦DOB⟧
### vi-phu-huynh
Viết trả lời lịch sự cho phụ huynh:
"Chào cô ⟦A.f:f⟧, cháu ⟦B.f⟧ bị ốm từ thứ Hai, tôi gửi kèm giấy của bác sĩ ⟦C⟧. Có việc gì cô cứ gọi tôi số ⟦PHONE⟧ nhé. ⟦D⟧"
### vi-dang-ky-tam-tru
Kiểm tra tờ khai đăng ký tạm trú này:
Họ tên: ⟦A⟧
Ngày sinh: ⟦DOB⟧
Hộ chiếu: ⟦PASS⟧
Nơi tạm trú: ⟦ADDR⟧
Chủ nhà: ⟦B⟧, ⟦PHONE⟧
### vi-danh-sach-lop
Sắp xếp danh sách lớp theo ngày sinh:
⟦A⟧ - ⟦DOB:kid⟧ - phụ huynh ⟦B⟧, ⟦PHONE⟧
⟦C⟧ - ⟦DOB:kid⟧ - phụ huynh ⟦D⟧, ⟦PHONE⟧
⟦E⟧ - ⟦DOB:kid⟧
### vi-chuyen-tien
Yêu cầu chuyển tiền này đã đủ thông tin chưa?
Người gửi: ⟦A⟧
Người nhận: ⟦B⟧
Số tài khoản (IBAN): ⟦IBAN⟧
Số tiền: ⟦AMT⟧
Nội dung: học phí cho ⟦C.f⟧
""",
    )
)
TEMPLATES.append(
    (
        "th",
        r"""
### th-samachik
ช่วยตรวจใบสมัครสมาชิกฟิตเนสนี้:
ชื่อ: ⟦A⟧
วันเกิด: ⟦DOB⟧
โทร: ⟦PHONE⟧
อีเมล: ⟦A.e⟧
บัตรสำหรับตัดเงินรายเดือน: ⟦CARD⟧
### th-samat-ngan
ช่วยสรุปใบสมัครงานนี้:
ชื่อ: ⟦A.hon⟧⟦A⟧
วันเกิด: ⟦DOB⟧
โทร: ⟦PHONE⟧ อีเมล: ⟦A.e⟧
ที่อยู่: ⟦ADDR⟧
ผู้แนะนำ: คุณ⟦B.f⟧
### th-rongrian
ช่วยเขียนตอบผู้ปกครองอย่างสุภาพ:
"เรียนคุณครู⟦A.f⟧ ลูกชื่อ⟦B.f⟧ ป่วยตั้งแต่วันจันทร์ค่ะ แนบใบรับรองแพทย์จากหมอ⟦C.f⟧ ติดต่อได้ที่ ⟦PHONE⟧ ค่ะ"
### th-khong-hai
ช่วยเขียนอีเมลแจ้งแขกเรื่องของที่ลืมไว้:
ของ: แว่นกันแดด ห้อง 708 วันที่ ⟦DATE⟧
แขก: ⟦A⟧, ⟦A.e⟧, ⟦PHONE⟧
ที่อยู่สำหรับส่งคืน: ⟦ADDR⟧
### th-tua-khrueang-bin
ดึงข้อมูลสำคัญจากใบจองนี้:
ผู้โดยสาร: ⟦A⟧
รหัสการจอง: ⟦CODE⟧
เที่ยวบิน: ⟦?TG 628|FD 3012|SL 761⟧ วันที่ ⟦DATE:fut⟧
หนังสือเดินทาง: ⟦PASS⟧ วันเกิด ⟦DOB⟧
""",
    )
)
TEMPLATES.append(
    (
        "ko",
        r"""
### ko-jeonse
이 전세 계약서 요약에서 빠진 항목이 있나요?
임차인: ⟦A⟧ (생년월일 ⟦DOB⟧)
임대인: ⟦B⟧
주소: ⟦ADDR⟧
보증금: ⟦AMT:big⟧
연락처: ⟦PHONE⟧
### ko-ibsa-jiwon ans
**⟦A⟧ 지원자 요약**
- 생년월일: ⟦DOB⟧
- 연락처: ⟦PHONE⟧ / ⟦A.e⟧
- 주소: ⟦ADDR⟧
- 경력: ⟦ORG⟧ 물류센터 팀장 (상사 ⟦B⟧)
### ko-gyotong-sago
보험사에 낼 사고 경위서를 써 주세요:
⟦DATE⟧ ⟦TIME⟧경 저희 기사 ⟦A⟧ 씨(운전면허 ⟦DL⟧)가 후진하다가 ⟦B⟧ 씨 차량과 접촉했습니다. 장소: ⟦ADDR⟧. 상대방 연락처 ⟦PHONE⟧.
### ko-hakbumo
학부모님께 정중하게 답장해 주세요:
"⟦A.l⟧ 선생님, 저희 아이 ⟦B⟧가 월요일부터 아파서 결석했습니다. ⟦C⟧ 원장님 소견서 첨부합니다. 연락은 ⟦PHONE⟧로 주세요. ⟦D⟧ 드림"
### ko-hoeui
회의록을 정리해 주세요:
참석자: ⟦A⟧, ⟦B⟧, ⟦C⟧
⟦B⟧ 님이 게스트 와이파이 비밀번호(⟦SEC:wifi⟧) 변경을 제안함
다음 회의: ⟦DATE:fut⟧
""",
    )
)
TEMPLATES.append(
    (
        "sw",
        r"""
### sw-usajili-shule
Badilisha fomu hii ya usajili wa shule kuwa jedwali:
Jina la mwanafunzi: ⟦A⟧
Tarehe ya kuzaliwa: ⟦DOB:kid⟧
Mzazi/mlezi: ⟦B⟧, ⟦PHONE⟧
Anwani: ⟦ADDR⟧
### sw-mkataba-nyumba
Kagua mkataba huu wa kupangisha nyumba:
Mpangaji: ⟦A⟧, alizaliwa ⟦DOB⟧
Mwenye nyumba: ⟦B⟧
Nyumba: ⟦ADDR⟧
Kodi: ⟦AMT⟧ kwa mwezi, kulipwa kwa M-Pesa ⟦PHONE⟧
### sw-safari-tiketi
Toa taarifa muhimu kutoka kwenye tiketi hii ya basi:
Abiria: ⟦A.U⟧
Pasipoti: ⟦PASS⟧
Tarehe ya kuzaliwa: ⟦DOB⟧
Safari: Nairobi - Arusha, ⟦DATE:fut⟧
Simu: ⟦PHONE⟧
""",
    )
)
TEMPLATES.append(
    (
        "am",
        r"""
### am-yeseraa-fekad
ይህን የሥራ ፈቃድ ማመልከቻ ቅጽ አረጋግጥ፦
ስም፦ ⟦A⟧
የትውልድ ቀን፦ ⟦DOB⟧
ፓስፖርት ቁጥር፦ ⟦PASS⟧
አድራሻ፦ ⟦ADDR⟧
ስልክ፦ ⟦PHONE⟧
### am-timhirt-bet
ይህን የትምህርት ቤት ምዝገባ ቅጽ ወደ ሰንጠረዥ ቀይር፦
የተማሪ ስም፦ ⟦A⟧
የትውልድ ቀን፦ ⟦DOB:kid⟧
ወላጅ፦ ⟦B⟧፣ ⟦PHONE⟧
### am-sira-mastawekia ans
ውድ ⟦A⟧፣
ከ⟦DATE:fut⟧ ጀምሮ በድርጅታችን እንዲሠሩ መመረጥዎን ስናሳውቅ ደስ ይለናል። እባክዎ የፓስፖርትዎን ቅጂ (⟦PASS⟧) ወደ ⟦B.e⟧ ይላኩ።
⟦B⟧
### am-genzeb-mestelalef
ይህ የገንዘብ ማስተላለፊያ ጥያቄ ሙሉ ነው?
ላኪ፦ ⟦A⟧
ተቀባይ፦ ⟦B⟧፣ ስልክ ⟦PHONE⟧
መጠን፦ ⟦AMT⟧
ምክንያት፦ የትምህርት ክፍያ
### am-kilinik-mastawesha ans
ሰላም ⟦A⟧፣
ከዶ/ር ⟦B⟧ ጋር ያለዎት ቀጠሮ ⟦DATE:long⟧ ⟦TIME⟧ ላይ ነው። እባክዎ የትውልድ ቀንዎን (⟦DOB⟧) ያረጋግጡ።
""",
    )
)

TEMPLATES.append(
    (
        "en",
        r"""
### dense-router-config
Harden this router config, what should change?
```
hostname branch-rtr-⟦NUM:1-40⟧
enable secret ⟦SEC:pw⟧
snmp-server community ⟦SEC:pw⟧ RO
interface GigabitEthernet0/0
 ip address ⟦IP⟧/24
 mac-address ⟦MAC⟧
ip default-gateway ⟦IP⟧
username admin privilege 15 password ⟦SEC:pw⟧
```
### dense-wireguard
My WireGuard tunnel connects but no traffic passes. Config:
[Interface]
PrivateKey = ⟦SEC:b64⟧
Address = ⟦IP⟧/32
DNS = ⟦IP⟧
[Peer]
PublicKey = ⟦SEC:b64⟧
Endpoint = ⟦IP⟧:51820
AllowedIPs = ⟦IP⟧/32
### dense-phone-tree
Turn this emergency phone tree into a one-page PDF layout (roles only, keep numbers):
Site manager: ⟦PHONE⟧
Deputy: ⟦PHONE⟧
Facilities on-call: ⟦PHONE⟧
IT on-call: ⟦PHONE⟧ / ⟦PHONE:intl⟧
Security desk: ⟦PHONE⟧
### dense-tin-types cc=us
Which of these are SSNs and which are ITINs? Explain how to tell.
⟦SSN⟧
⟦ITIN⟧
⟦SSN⟧
⟦ITIN⟧
⟦SSN⟧
⟦ITIN⟧
### dense-card-separators
Our checkout rejects some of these test cards. Is it the spaces and dashes?
⟦CARD⟧ - rejected
⟦CARD⟧ - accepted
⟦CARD⟧ - rejected
⟦CARD:amex⟧ - rejected
### dense-sso-allowlist
Add these external reviewers to the SSO allowlist, one per line, lowercase:
⟦EMAIL⟧
⟦EMAIL⟧
⟦EMAIL⟧
⟦EMAIL⟧
⟦EMAIL⟧
### dense-ipv6-plan
Check this IPv6 addressing plan for overlaps:
VLAN 10 users     ⟦IP6⟧
VLAN 20 voice     ⟦IP6⟧
VLAN 30 printers  ⟦IP6⟧
mgmt              ⟦IP6⟧
gateway           ⟦IP6⟧
### dense-withdrawal-allowlist
Which of these withdrawal allowlist entries are BTC and which ETH? Any malformed?
1. ⟦BTC⟧
2. ⟦ETH⟧
3. ⟦BTC⟧
4. ⟦ETH⟧
5. ⟦BTC⟧
### dense-kiosk-log
Self check-in kiosk errors overnight, what went wrong?
⟦TS⟧ KIOSK-2 scan passport ⟦PASS⟧ dob ⟦DOB:iso⟧ -> MRZ_CHECKSUM_FAIL
⟦TS⟧ KIOSK-2 scan passport ⟦PASS⟧ dob ⟦DOB:iso⟧ -> OK, room ⟦NUM:101-820⟧
⟦TS⟧ KIOSK-1 card ⟦CARD⟧ -> PREAUTH DECLINED
⟦TS⟧ KIOSK-1 scan passport ⟦PASS⟧ dob ⟦DOB:iso⟧ -> NO_RESERVATION
### dense-pharmacy-refills
Refill queue for today, sort by pickup time. Patient IDs only:
RX-⟦NUM:10000-99999⟧ · DOB ⟦DOB:old⟧ · ⟦PHONE⟧ · 10:00
RX-⟦NUM:10000-99999⟧ · DOB ⟦DOB⟧ · ⟦PHONE⟧ · 09:30
RX-⟦NUM:10000-99999⟧ · DOB ⟦DOB:kid⟧ · ⟦PHONE⟧ · 16:15
RX-⟦NUM:10000-99999⟧ · DOB ⟦DOB:old⟧ · ⟦PHONE⟧ · 12:45
### dense-geocode-results json
{"model":"⟦MODEL⟧","messages":[{"role":"user","content":"Which of these geocoding results have low confidence? [{\"input\":\"⟦ADDR⟧\",\"confidence\":0.41},{\"input\":\"⟦ADDR⟧\",\"confidence\":0.97},{\"input\":\"⟦ADDR⟧\",\"confidence\":0.63},{\"input\":\"⟦ADDR:ca⟧\",\"confidence\":0.88}]"}]}
### dense-dl-formats cc=us
Which US states do these driver license number formats look like?
⟦DL⟧
⟦DL⟧
⟦DL⟧
⟦DL⟧
⟦DL⟧
### dense-mfa-devices
Clean up stale MFA phone registrations (keep the newest per email):
⟦EMAIL#a⟧ ⟦PHONE:intl⟧ ⟦DATE:past⟧
⟦EMAIL#a⟧ ⟦PHONE:intl⟧ ⟦DATE⟧
⟦EMAIL#b⟧ ⟦PHONE:intl⟧ ⟦DATE⟧
⟦EMAIL#c⟧ ⟦PHONE:intl⟧ ⟦DATE:past⟧
### dense-payroll-bank-diff
Payroll bank detail changes this month, flag any that changed twice (possible fraud):
E⟦NUM:1000-9999#e⟧: ⟦IBAN⟧ -> ⟦IBAN⟧ (⟦DATE⟧)
E⟦NUM:1000-9999⟧: ⟦IBAN⟧ -> ⟦IBAN⟧ (⟦DATE⟧)
E⟦NUM:1000-9999#e⟧: ⟦IBAN⟧ -> ⟦IBAN⟧ (⟦DATE⟧)
### dense-api-key-leak-chat
someone pasted this in #general, what services are these keys for and how bad is it?
```
⟦SEC:openai⟧
⟦SEC:ant⟧
⟦SEC:do⟧
⟦SEC:pypi⟧
```
""",
    )
)
