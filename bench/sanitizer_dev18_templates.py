# ruff: noqa: E501
"""Hand-written data for bench/sanitizer_dev18.py: name pools, locales, templates.

Every name, street, town, company and template below was written by hand for dev18.

Pools are strings of ``|``-separated entries.  A name entry is ``native~reading~latin``
(one form when native and latin coincide, two forms ``native~latin``); a form may hold
``male,female`` variants (gendered surnames, patronymics).  Street entries are
``native~latin``; town entries are ``POSTCODE-PATTERN:native~latin``.  Patterns use
``#`` digit, ``&`` digit 1-9, ``^`` digit 2-9, ``@`` capital letter, ``%`` capital or digit.

Templates: blocks headed ``=== id | lang-tag | locales | flags``; ``{key}``,
``{key:arg}`` and ``{p2.key}`` are placeholders filled by the generator.
"""

from __future__ import annotations

COMPANIES_INTL = (
    "Northwind Logistics Ltd;northwind-logistics.com|Bluefin Analytics Inc.;bluefin-analytics.io|"
    "Meridian Health Partners;meridianhp.org|Copperleaf Software GmbH;copperleaf.dev|"
    "Harbourline Shipping Co.;harbourline.co|Quillstone Publishing;quillstone.pub|"
    "Tamarind Foods International;tamarindfoods.com|Vantage Point Consulting;vantagepoint.biz|"
    "Greywater Engineering;greywater-eng.com|Solstice Renewables;solstice-renew.com|"
    "Pinecrest Facility Services;pinecrestfs.com|Lumen Optics AG;lumen-optics.ch|"
    "Orchid Travel Group;orchidtravel.asia|Atlas Freight Forwarding;atlasfreight.net|"
    "Kestrel Aerospace;kestrel-aero.com|Brightwell Education Trust;brightwell.edu|"
    "Redfern Property Management;redfernpm.com|Silverline Telecom;silverline-tel.com|"
    "Ironbridge Capital;ironbridgecap.com|Nimbus Cloud Services;nimbuscloud.io"
)

# --------------------------------------------------------------------------- names

NAMES: dict[str, dict] = {
    "us": {
        "langs": "en",
        "gm": "James|Michael|Robert|David|Christopher|Daniel|Matthew|Anthony|Joshua|Andrew|"
        "Tyler|Brandon|Jamal|Carlos|Kevin|Ethan|Marcus|Brian|Luis|Jordan|DeShawn|Cody",
        "gf": "Jennifer|Jessica|Ashley|Sarah|Emily|Amanda|Megan|Lauren|Brittany|Tiffany|Keisha|"
        "Maria|Rachel|Samantha|Hannah|Olivia|Madison|Destiny|Courtney|Alyssa|Shanice|Kaylee",
        "sur": "Johnson|Williams|Brown|Miller|Davis|Garcia|Rodriguez|Martinez|Anderson|Thompson|"
        "Jackson|White|Harris|Robinson|Walker|Young|Hernandez|King|Wright|Lopez|Hill|Nguyen|"
        "Patel|Kowalczyk|O'Connor|McAllister|Washington|Brooks|Sullivan|Reyes|Fitzgerald|Kim|"
        "Whitaker|Dunleavy|Okonjo|Castellanos|Yamamoto-Reed|Pulaski",
        "mid_m": "Allen|James|Lee|Michael|Ray|Wayne|Thomas|Edward|Joseph|Scott|Dale|Eugene",
        "mid_f": "Ann|Marie|Lynn|Elizabeth|Nicole|Rose|Jean|Michelle|Grace|Renee|Louise|Dawn",
        "midp": 0.45,
        "midinit": True,
        "mid_full": True,
        "mid_latin": True,
    },
    "gb": {
        "langs": "en",
        "gm": "Oliver|Harry|George|Jack|Thomas|William|Callum|Rhys|Alfie|Jamie|Liam|Owen|"
        "Mohammed|Dylan|Ewan|Rory|Gareth|Nigel|Alistair|Hamish",
        "gf": "Charlotte|Sophie|Emily|Chloe|Lucy|Amelia|Isla|Poppy|Ellie|Megan|Freya|Niamh|"
        "Bethan|Holly|Georgia|Zara|Gemma|Fiona|Rhiannon|Harriet",
        "sur": "Smith|Jones|Taylor|Davies|Evans|Wilson|Roberts|Wright|Walker|Hughes|Edwards|"
        "Green|Hall|Wood|Clarke|Campbell|MacDonald|Thomson|Patel|Khan|Ahmed|Llewellyn|Pritchard|"
        "Fairclough|Ashworth|Whitfield|Harrington|Begum|Okafor|Cavendish-Blake|Sutherland|Ferguson",
        "mid_m": "John|James|Alexander|David|Edward|Peter|Robert|Charles",
        "mid_f": "Louise|Jane|Elizabeth|Anne|Victoria|Rose|Mary|Catherine",
        "midp": 0.25,
        "mid_full": True,
        "mid_latin": True,
    },
    "ie": {
        "langs": "en",
        "gm": "Seán|Cian|Oisín|Darragh|Conor|Pádraig|Eoin|Ciarán|Cathal|Fionn|Declan|Ronan",
        "gf": "Aoife|Siobhán|Niamh|Saoirse|Caoimhe|Róisín|Orla|Clodagh|Sinéad|Éabha|Gráinne|Áine",
        "sur": "Murphy|Kelly|O'Sullivan|Walsh|O'Brien|Byrne|Ryan|O'Connor|McCarthy|Doyle|"
        "Ó Briain,Ní Bhriain|Mac Carthaigh,Nic Carthaigh|Ó Súilleabháin,Ní Shúilleabháin|"
        "Kavanagh|Fitzpatrick|Brennan|Ó Ceallaigh,Ní Cheallaigh|Gallagher",
    },
    "nz": {
        "langs": "en",
        "gm": "Wiremu|Tama|Hemi|Nikau|Liam|Mason|Rawiri|Jack|Tāne|Oliver|Hamish|Manaaki",
        "gf": "Aroha|Mere|Anahera|Ngaio|Kiri|Olivia|Aria|Hana|Isla|Manaia|Ruby|Mihi",
        "sur": "Ngata|Parata|Tipene|Walker|Te Whare|Henare|Ruatapu|Smith|Williams|Tawhiri|Brown|"
        "Paewai|McKenzie|Te Rangi|Hohaia|Campbell",
    },
    "in": {
        "langs": "hi",
        "gm": "राहुल~Rahul|अमित~Amit|विकास~Vikas|अर्जुन~Arjun|संजय~Sanjay|रोहित~Rohit|अनिल~Anil|"
        "सुरेश~Suresh|आदित्य~Aditya|करण~Karan|प्रकाश~Prakash|मनोज~Manoj|वेंकटेश~Venkatesh",
        "gf": "प्रिया~Priya|अंजलि~Anjali|पूजा~Pooja|नेहा~Neha|सुनीता~Sunita|कविता~Kavita|"
        "दीपिका~Deepika|स्नेहा~Sneha|आरती~Aarti|मीरा~Meera|रेखा~Rekha|श्रुति~Shruti|लक्ष्मी~Lakshmi",
        "sur": "शर्मा~Sharma|वर्मा~Verma|गुप्ता~Gupta|सिंह~Singh|पटेल~Patel|यादव~Yadav|मिश्रा~Mishra|"
        "अग्रवाल~Agarwal|जोशी~Joshi|चौहान~Chauhan|त्रिपाठी~Tripathi|मेहता~Mehta|नायर~Nair|"
        "रेड्डी~Reddy|अय्यर~Iyer|बनर्जी~Banerjee|कुलकर्णी~Kulkarni|देशपांडे~Deshpande",
        "mid_m": "कुमार~Kumar|प्रसाद~Prasad|लाल~Lal|नाथ~Nath",
        "mid_f": "कुमारी~Kumari|देवी~Devi|रानी~Rani",
        "midp": 0.3,
        "mid_full": True,
        "mid_latin": True,
    },
    "za": {
        "langs": "en af",
        "gm": "Thabo|Sipho|Lwazi|Kagiso|Pieter|Johan|Riaan|Themba|Bongani|Ruan|Mandla|Jaco|"
        "Tshepo|Willem",
        "gf": "Lerato|Naledi|Nomvula|Thandiwe|Annelie|Marike|Zanele|Palesa|Elmarie|Lindiwe|Karabo|"
        "Chantelle|Refilwe|Sunette",
        "sur": "Nkosi|Dlamini|Ndlovu|Mokoena|Khumalo|van der Merwe|Botha|du Plessis|Naidoo|Pillay|"
        "Mahlangu|Venter|Mthembu|Pretorius|Sithole|Coetzee|Janse van Rensburg|Molefe|Fourie",
    },
    "ng": {
        "langs": "en",
        "gm": "Chukwuemeka|Oluwaseun|Babatunde|Ifeanyi|Abdullahi|Tunde|Chinedu|Emeka|Yusuf|"
        "Olumide|Kelechi|Segun",
        "gf": "Ngozi|Adaeze|Funmilayo|Chiamaka|Aisha|Yetunde|Folake|Nneka|Halima|Temitope|"
        "Ifeoma|Bukola",
        "sur": "Okafor|Adeyemi|Eze|Balogun|Nwosu|Abubakar|Okonkwo|Ogunleye|Bello|Chukwu|Adebayo|"
        "Ibrahim|Olawale|Nnamdi|Okoro|Uchenna|Adekunle|Danjuma",
    },
    "ke": {
        "langs": "sw en",
        "gm": "John|Peter|Joseph|Daniel|Brian|Kevin|Baraka|Juma|Hassan|Samuel|Dennis|Collins",
        "gf": "Grace|Mercy|Faith|Esther|Zawadi|Amina|Joyce|Mary|Neema|Rehema|Purity|Winnie",
        "sur": "Kamau|Odhiambo|Mutua|Wanjiku|Kiprono|Njoroge|Ochieng|Kariuki|Wekesa|Mwangi|Chege|"
        "Kibet|Maina|Otieno|Mutiso|Rotich",
        "mid_m": "Kamau|Otieno|Kipchoge|Omondi|Kiprotich|Wafula|Onyango|Mwangi|Kiplagat",
        "mid_f": "Wanjiru|Achieng|Njeri|Akinyi|Chebet|Wambui|Atieno|Nyambura|Jeptoo",
        "midp": 0.6,
        "mid_full": True,
        "mid_latin": True,
    },
    "de": {
        "langs": "de",
        "gm": "Jürgen|Thomas|Stefan|Michael|Andreas|Lukas|Felix|Maximilian|Tobias|Sebastian|Jonas|"
        "Klaus|Wolfgang|Florian|Dieter|Matthias|Karl-Heinz|Niklas|Uwe|Benedikt",
        "gf": "Sabine|Julia|Katharina|Anna|Lena|Monika|Ursula|Laura|Sophie|Birgit|Petra|Johanna|"
        "Leonie|Franziska|Gisela|Marie|Hannelore|Annika|Svenja|Theresa",
        "sur": "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|"
        "Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Krüger|Hartmann|Lange|"
        "Werner|von Arnim|Schmitz|Huber|Gruber|Steiner|Pichler|Brandstätter|Eberhardt|Yılmaz|"
        "Kowalski|Meier-Lüdenscheid|Weißgerber|Obermaier|von der Heyde",
    },
    "ch": {
        "langs": "de fr it",
        "gm": "Luca|Noah|Reto|Urs|Beat|Matteo|Nicolas|Jean-Luc|Gian|Samuel|Adrian|Fabio",
        "gf": "Céline|Nadine|Corinne|Mia|Lara|Seraina|Chiara|Anouk|Fabienne|Ladina|Jasmin|Noémie",
        "sur": "Meier|Keller|Brunner|Baumann|Gerber|Widmer|Rochat|Favre|Bernasconi|Frei|Zürcher|"
        "Steiner|Moser|Gasser|Cattaneo|Huber|Schläpfer|Decurtins|Bühler|Aebischer",
    },
    "fr": {
        "langs": "fr",
        "gm": "Jean|Pierre|Nicolas|Julien|Thomas|Antoine|Mathieu|Guillaume|Louis|Hugo|"
        "Jean-Pierre|Jean-Baptiste|François|Rémi|Théo|Olivier|Yannick|Karim|Loïc|Benoît",
        "gf": "Marie|Camille|Léa|Manon|Chloé|Inès|Julie|Sophie|Anne-Sophie|Élodie|Margaux|"
        "Aurélie|Hélène|Céline|Émilie|Nathalie|Sandrine|Yasmine|Gaëlle|Brigitte",
        "sur": "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|"
        "Laurent|Lefèvre|Michel|Garcia|Girard|Bonnet|Fontaine|Rousseau|Chevalier|Mercier|Lemoine|"
        "de La Fontaine|Benali|Nguyen|Le Gall|Duval|Faure|Gauthier|Rivière|Le Goff|d'Aubigny|"
        "Bouchet|Haddad|Marchand|Perrin",
    },
    "be": {
        "langs": "nl fr",
        "gm": "Wout|Jens|Stijn|Arnaud|Maxime|Pieter|Bram|Lucas|Thibault|Koen|Mehdi|Jelle",
        "gf": "Lotte|Fien|Ine|Amélie|Charlotte|Eline|Sarah|Noémie|Hanne|Justine|Elke|Manon",
        "sur": "Peeters|Janssens|Maes|Jacobs|Willems|De Smet|Van Damme|Claes|Goossens|Dubois|"
        "Lambert|Dupont|Lejeune|Vermeulen|Wouters|De Backer|Van den Broeck|Mertens|Leclercq",
    },
    "qc": {
        "langs": "fr en",
        "gm": "Jean-François|Mathieu|Étienne|Gabriel|Alexandre|Simon|Marc-André|Félix|Olivier|"
        "Samuel|Jean-Sébastien|Maxime",
        "gf": "Marie-Ève|Geneviève|Isabelle|Mélanie|Catherine|Josée|Véronique|Audrey|Émilie|"
        "Stéphanie|Marie-Claude|Annie",
        "sur": "Tremblay|Gagnon|Roy|Bouchard|Côté|Gauthier|Morin|Lavoie|Fortin|Gagné|Ouellet|"
        "Pelletier|Bélanger|Lévesque|Bergeron|Leblanc|St-Pierre|Desjardins",
    },
    "es": {
        "langs": "es",
        "double": 0.9,
        "gm": "Javier|Alejandro|Pablo|Sergio|Daniel|Jorge|Álvaro|Manuel|Francisco|José Luis|"
        "Rubén|Iñaki|Adrián|Miguel Ángel|Raúl|Gonzalo",
        "gf": "María|Lucía|Carmen|Laura|Marta|Elena|Paula|Cristina|Ana Belén|Nuria|Rocío|Irene|"
        "Ainhoa|Pilar|Begoña|Inmaculada",
        "sur": "García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|"
        "Jiménez|Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Navarro|Torres|Domínguez|"
        "Iglesias|Etxeberria|Castillo|Ortega|Rubio|Molina|Delgado|Aguirre|Calvo",
    },
    "mx": {
        "langs": "es",
        "double": 0.9,
        "gm": "José|Juan Carlos|Luis|Miguel|Alejandro|Jesús|Fernando|Ricardo|Eduardo|Arturo|"
        "Diego|Emiliano|Cuauhtémoc|Rodrigo",
        "gf": "Guadalupe|María José|Mariana|Fernanda|Ximena|Daniela|Alejandra|Rosa María|Valeria|"
        "Gabriela|Itzel|Brenda|Yesenia|Citlali",
        "sur": "Hernández|García|Martínez|López|González|Rodríguez|Pérez|Sánchez|Ramírez|Cruz|"
        "Flores|Gómez|Morales|Vázquez|Reyes|Jiménez|Torres|Ruiz|Mendoza|Aguilar|Castañeda|"
        "Olvera|Zamora|Velázquez",
    },
    "la": {
        "langs": "es",
        "double": 0.5,
        "gm": "Santiago|Matías|Nicolás|Facundo|Juan Pablo|Andrés|Camilo|Sebastián|Julián|Tomás|"
        "Gustavo|Esteban",
        "gf": "Valentina|Camila|Florencia|Sofía|Agustina|Luciana|Catalina|Juliana|Paola|Natalia|"
        "Milagros|Mariángeles",
        "sur": "Rodríguez|Gómez|Fernández|López|Díaz|Martínez|Pérez|Romero|Sosa|Álvarez|Benítez|"
        "Acosta|Rossi|Ferrari|Giménez|Cardona|Restrepo|Ospina|Valencia|Castaño|Quintero|Bustos",
    },
    "ca": {
        "langs": "ca es",
        "double": 0.9,
        "gm": "Jordi|Pere|Oriol|Pau|Marc|Joan|Arnau|Albert|Xavier|Roger|Enric",
        "gf": "Montserrat|Núria|Laia|Mireia|Mercè|Anna|Marta|Clàudia|Gemma|Roser|Aina",
        "sur": "Puig|Ferrer|Vila|Soler|Roca|Casals|Pujol|Serra|Riera|Font|Vidal|Costa|Sala|Bosch|"
        "Mas|Batlle|Camps|Llobet",
    },
    "it": {
        "langs": "it",
        "gm": "Marco|Alessandro|Giuseppe|Francesco|Luca|Matteo|Lorenzo|Andrea|Giovanni|Stefano|"
        "Davide|Salvatore|Gianluca|Pietro|Vincenzo|Antonio",
        "gf": "Giulia|Francesca|Chiara|Sara|Martina|Alessia|Federica|Valentina|Elisa|Giorgia|"
        "Maria Grazia|Paola|Silvia|Anna|Rosaria|Beatrice",
        "sur": "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|"
        "Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|"
        "Mariani|Di Stefano|D'Angelo|Caruso|Ferraro|La Rosa|Lo Bianco",
    },
    "pt": {
        "langs": "pt",
        "double": 0.75,
        "gm": "João|Tiago|Miguel|Rui|Pedro|Diogo|Gonçalo|André|Nuno|Ricardo|Francisco|Duarte",
        "gf": "Ana|Beatriz|Inês|Mariana|Joana|Catarina|Sofia|Rita|Marta|Leonor|Filipa|Carolina",
        "sur": "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Fernandes|"
        "Gonçalves|Gomes|Lopes|Marques|Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira|"
        "Correia",
        "mid_m": "Manuel|José|Filipe|Alexandre|Maria",
        "mid_f": "Maria|Isabel|Margarida|Sofia|Luísa",
        "midp": 0.35,
        "mid_full": True,
        "mid_latin": True,
    },
    "br": {
        "langs": "pt",
        "double": 0.5,
        "gm": "Lucas|Gabriel|Rafael|Mateus|Guilherme|Felipe|Bruno|Rodrigo|Thiago|Leonardo|"
        "Carlos Eduardo|João Pedro|Wellington|Anderson",
        "gf": "Ana Clara|Juliana|Fernanda|Camila|Larissa|Letícia|Amanda|Bruna|Gabriela|Patrícia|"
        "Maria Eduarda|Vitória|Jéssica|Thaís",
        "sur": "da Silva|dos Santos|Oliveira|Souza|Lima|Pereira|Ferreira|Costa|Rodrigues|Almeida|"
        "Nascimento|Araújo|Carvalho|Ribeiro|Barbosa|Cardoso|Rocha|Dias|Mendes|Cavalcanti|"
        "Monteiro|Moura|de Jesus|Albuquerque",
    },
    "nl": {
        "langs": "nl",
        "gm": "Jasper|Pieter|Daan|Sem|Lucas|Bram|Thijs|Joost|Ruben|Sander|Jeroen|Bas|Maarten|Wouter|"
        "Gerrit|Youssef",
        "gf": "Emma|Sanne|Lieke|Anouk|Femke|Fleur|Eva|Marloes|Iris|Julia|Noor|Esther|Lotte|Inge|"
        "Willemijn|Fatima",
        "sur": "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|"
        "de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|"
        "van der Meer|Kuipers|Verhoeven|El Amrani|Yıldız|Schouten|van Beek|Willemsen|"
        "van 't Hof|ter Horst",
    },
    "pl": {
        "langs": "pl",
        "gm": "Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Michał|Marcin|Łukasz|Jakub|Grzegorz|Mateusz|"
        "Wojciech|Kacper|Szymon|Zbigniew|Bartosz",
        "gf": "Anna|Katarzyna|Małgorzata|Agnieszka|Joanna|Barbara|Ewa|Magdalena|Zofia|Aleksandra|"
        "Natalia|Wiktoria|Dorota|Justyna|Grażyna|Jadwiga",
        "sur": "Nowak|Kowalski,Kowalska|Wiśniewski,Wiśniewska|Wójcik|Kowalczyk|Kamiński,Kamińska|"
        "Lewandowski,Lewandowska|Zieliński,Zielińska|Szymański,Szymańska|Woźniak|"
        "Dąbrowski,Dąbrowska|Kozłowski,Kozłowska|Jankowski,Jankowska|Mazur|Krawczyk|"
        "Piotrowski,Piotrowska|Grabowski,Grabowska|Pawłowski,Pawłowska|Michalski,Michalska|Zając|"
        "Wróbel|Król|Jabłoński,Jabłońska|Sikora|Ostrowski,Ostrowska|Górecki,Górecka|"
        "Chmielewski,Chmielewska|Szczepaniak|Brzęczyszczykiewicz",
    },
    "cz": {
        "langs": "cs",
        "gm": "Radek|Petr|Jiří|Tomáš|Pavel|Martin|Jakub|Lukáš|Ondřej|Vojtěch|Miroslav|David|Zdeněk",
        "gf": "Jana|Eva|Hana|Lucie|Tereza|Kateřina|Petra|Veronika|Markéta|Lenka|Zuzana|Barbora|"
        "Alena",
        "sur": "Novák,Nováková|Svoboda,Svobodová|Novotný,Novotná|Dvořák,Dvořáková|Černý,Černá|"
        "Procházka,Procházková|Kučera,Kučerová|Veselý,Veselá|Horák,Horáková|Němec,Němcová|"
        "Pokorný,Pokorná|Marek,Marková|Pospíšil,Pospíšilová|Hájek,Hájková|Král,Králová|"
        "Jelínek,Jelínková|Růžička,Růžičková|Beneš,Benešová",
    },
    "sk": {
        "langs": "sk",
        "gm": "Ján|Peter|Marek|Martin|Michal|Tomáš|Juraj|Matej|Lukáš|Branislav|Štefan|Ľubomír",
        "gf": "Mária|Zuzana|Katarína|Jana|Lucia|Monika|Simona|Ivana|Veronika|Andrea|Dominika|Ľudmila",
        "sur": "Horváth,Horváthová|Kováč,Kováčová|Varga,Vargová|Tóth,Tóthová|Nagy,Nagyová|"
        "Baláž,Balážová|Szabó,Szabóová|Molnár,Molnárová|Lukáč,Lukáčová|Kollár,Kollárová|"
        "Švec,Švecová|Hudák,Hudáková|Mráz,Mrázová|Ďurica,Ďuricová",
    },
    "hu": {
        "langs": "hu",
        "order": "sg",
        "gm": "László|István|József|Zoltán|Gábor|Péter|Attila|Tamás|Balázs|Dániel|Bence|Levente",
        "gf": "Mária|Erzsébet|Katalin|Ildikó|Zsuzsanna|Anna|Eszter|Réka|Krisztina|Nóra|Dóra|Zsófia",
        "sur": "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp|"
        "Takács|Juhász|Lakatos|Mészáros|Oláh|Simon|Rácz|Fekete|Szilágyi|Török",
    },
    "ro": {
        "langs": "ro",
        "gm": "Andrei|Alexandru|Mihai|Ionuț|Florin|Cristian|Bogdan|Gheorghe|Vlad|Radu|Adrian|"
        "Ștefan|Sorin",
        "gf": "Maria|Elena|Ioana|Andreea|Alexandra|Cristina|Mihaela|Ana-Maria|Roxana|Gabriela|"
        "Diana|Larisa|Simona",
        "sur": "Popescu|Ionescu|Popa|Pop|Radu|Dumitru|Stoica|Stan|Gheorghe|Munteanu|Constantinescu|"
        "Matei|Ciobanu|Rusu|Florea|Dinu|Mocanu|Lungu|Neagu|Ardeleanu|Țurcanu|Bălănescu",
    },
    "bg": {
        "langs": "bg",
        "gm": "Иван~Ivan|Георги~Georgi|Димитър~Dimitar|Николай~Nikolay|Петър~Petar|Христо~Hristo|"
        "Стоян~Stoyan|Тодор~Todor|Васил~Vasil|Борислав~Borislav",
        "gf": "Мария~Maria|Иванка~Ivanka|Елена~Elena|Десислава~Desislava|Гергана~Gergana|"
        "Петя~Petya|Радост~Radost|Цветелина~Tsvetelina|Милена~Milena|Надежда~Nadezhda",
        "sur": "Иванов,Иванова~Ivanov,Ivanova|Георгиев,Георгиева~Georgiev,Georgieva|"
        "Димитров,Димитрова~Dimitrov,Dimitrova|Петров,Петрова~Petrov,Petrova|"
        "Николов,Николова~Nikolov,Nikolova|Христов,Христова~Hristov,Hristova|"
        "Стоянов,Стоянова~Stoyanov,Stoyanova|Тодоров,Тодорова~Todorov,Todorova|"
        "Илиев,Илиева~Iliev,Ilieva|Ангелов,Ангелова~Angelov,Angelova|"
        "Костадинов,Костадинова~Kostadinov,Kostadinova",
        "mid_m": "Петров~Petrov|Иванов~Ivanov|Стефанов~Stefanov|Василев~Vasilev|Атанасов~Atanasov",
        "mid_f": "Петрова~Petrova|Иванова~Ivanova|Стефанова~Stefanova|Василева~Vasileva|"
        "Атанасова~Atanasova",
        "midp": 0.8,
        "mid_full": True,
    },
    "hr": {
        "langs": "hr",
        "gm": "Ivan|Marko|Luka|Josip|Ante|Tomislav|Mario|Matej|Filip|Dario|Krešimir",
        "gf": "Ana|Ivana|Marija|Petra|Lucija|Maja|Katarina|Martina|Ivona|Nikolina|Dubravka",
        "sur": "Horvat|Kovačević|Babić|Marić|Jurić|Novak|Kovačić|Knežević|Vuković|Marković|"
        "Petrović|Matić|Tomić|Pavlović|Božić|Blažević|Šarić|Grgić",
    },
    "sr": {
        "langs": "sr",
        "gm": "Марко~Marko|Никола~Nikola|Стефан~Stefan|Милош~Miloš|Душан~Dušan|Немања~Nemanja|"
        "Александар~Aleksandar|Драган~Dragan|Бојан~Bojan|Лазар~Lazar",
        "gf": "Јелена~Jelena|Милица~Milica|Ана~Ana|Драгана~Dragana|Марија~Marija|Сања~Sanja|"
        "Јована~Jovana|Тамара~Tamara|Невена~Nevena|Бојана~Bojana",
        "sur": "Јовановић~Jovanović|Петровић~Petrović|Николић~Nikolić|Марковић~Marković|"
        "Ђорђевић~Đorđević|Стојановић~Stojanović|Илић~Ilić|Станковић~Stanković|"
        "Павловић~Pavlović|Милошевић~Milošević|Радовановић~Radovanović|Живковић~Živković",
    },
    "sl": {
        "langs": "sl",
        "gm": "Luka|Jan|Matej|Žiga|Gregor|Rok|Aleš|Janez|Nejc|Blaž|Primož",
        "gf": "Maja|Nina|Eva|Špela|Tjaša|Urška|Mojca|Nika|Petra|Katja|Alenka",
        "sur": "Novak|Horvat|Kovačič|Krajnc|Zupančič|Potočnik|Kovač|Mlakar|Kos|Vidmar|Golob|"
        "Turk|Kralj|Božič|Korošec|Hribar",
    },
    "gr": {
        "langs": "el",
        "gm": "Γεώργιος~Georgios|Δημήτριος~Dimitrios|Κωνσταντίνος~Konstantinos|Ιωάννης~Ioannis|"
        "Νικόλαος~Nikolaos|Παναγιώτης~Panagiotis|Χρήστος~Christos|Αθανάσιος~Athanasios|"
        "Βασίλειος~Vasileios|Μιχαήλ~Michail|Σπυρίδων~Spyridon",
        "gf": "Μαρία~Maria|Ελένη~Eleni|Αικατερίνη~Aikaterini|Βασιλική~Vasiliki|Σοφία~Sofia|"
        "Αγγελική~Angeliki|Δέσποινα~Despoina|Ευαγγελία~Evangelia|Χριστίνα~Christina|"
        "Ιωάννα~Ioanna|Παρασκευή~Paraskevi",
        "sur": "Παπαδόπουλος,Παπαδοπούλου~Papadopoulos,Papadopoulou|"
        "Παπαδάκης,Παπαδάκη~Papadakis,Papadaki|Γεωργίου~Georgiou|Οικονόμου~Oikonomou|"
        "Νικολάου~Nikolaou|Βλάχος,Βλάχου~Vlachos,Vlachou|Αντωνίου~Antoniou|"
        "Καραγιάννης,Καραγιάννη~Karagiannis,Karagianni|Μακρής,Μακρή~Makris,Makri|"
        "Κωνσταντινίδης,Κωνσταντινίδου~Konstantinidis,Konstantinidou|Αλεξίου~Alexiou|"
        "Δημητρίου~Dimitriou|Πετρόπουλος,Πετροπούλου~Petropoulos,Petropoulou",
    },
    "tr": {
        "langs": "tr",
        "gm": "Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|Emre|Burak|Murat|Yusuf|Oğuz|Çağlar|"
        "Eren|Serkan",
        "gf": "Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Merve|Büşra|Özlem|Gülşen|Esra|Selin|Şule|İrem|"
        "Dilek",
        "sur": "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|"
        "Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Erdoğan|Güneş|Aktaş|Karadağ|Bozkurt",
    },
    "ru": {
        "langs": "ru",
        "gm": "Дмитрий~Dmitry|Алексей~Alexey|Сергей~Sergey|Андрей~Andrey|Иван~Ivan|"
        "Михаил~Mikhail|Николай~Nikolay|Артём~Artyom|Владимир~Vladimir|Евгений~Evgeny|"
        "Павел~Pavel|Константин~Konstantin",
        "gf": "Елена~Elena|Ольга~Olga|Наталья~Natalya|Татьяна~Tatyana|Анна~Anna|Мария~Maria|"
        "Екатерина~Ekaterina|Ирина~Irina|Светлана~Svetlana|Юлия~Yulia|Дарья~Daria|Ксения~Ksenia",
        "sur": "Иванов,Иванова~Ivanov,Ivanova|Смирнов,Смирнова~Smirnov,Smirnova|"
        "Кузнецов,Кузнецова~Kuznetsov,Kuznetsova|Попов,Попова~Popov,Popova|"
        "Васильев,Васильева~Vasiliev,Vasilieva|Петров,Петрова~Petrov,Petrova|"
        "Соколов,Соколова~Sokolov,Sokolova|Михайлов,Михайлова~Mikhailov,Mikhailova|"
        "Новиков,Новикова~Novikov,Novikova|Фёдоров,Фёдорова~Fedorov,Fedorova|"
        "Морозов,Морозова~Morozov,Morozova|Волков,Волкова~Volkov,Volkova|"
        "Лебедев,Лебедева~Lebedev,Lebedeva|Козлов,Козлова~Kozlov,Kozlova|"
        "Зайцев,Зайцева~Zaitsev,Zaitseva|Белоусов,Белоусова~Belousov,Belousova|"
        "Ершов,Ершова~Ershov,Ershova|Гончаренко~Goncharenko|Черных~Chernykh",
        "mid_m": "Сергеевич~Sergeyevich|Александрович~Aleksandrovich|Дмитриевич~Dmitrievich|"
        "Олегович~Olegovich|Михайлович~Mikhailovich|Николаевич~Nikolaevich|"
        "Андреевич~Andreevich|Владимирович~Vladimirovich|Петрович~Petrovich",
        "mid_f": "Сергеевна~Sergeyevna|Александровна~Aleksandrovna|Дмитриевна~Dmitrievna|"
        "Ивановна~Ivanovna|Михайловна~Mikhailovna|Николаевна~Nikolaevna|Андреевна~Andreevna|"
        "Владимировна~Vladimirovna|Петровна~Petrovna",
        "mid_full": True,
    },
    "ua": {
        "langs": "uk",
        "gm": "Олександр~Oleksandr|Андрій~Andrii|Тарас~Taras|Богдан~Bohdan|Дмитро~Dmytro|"
        "Микола~Mykola|Василь~Vasyl|Олег~Oleh|Юрій~Yurii|Іван~Ivan",
        "gf": "Оксана~Oksana|Олена~Olena|Наталія~Nataliia|Ірина~Iryna|Тетяна~Tetiana|Юлія~Yuliia|"
        "Катерина~Kateryna|Галина~Halyna|Марія~Mariia|Софія~Sofiia",
        "sur": "Шевченко~Shevchenko|Коваленко~Kovalenko|Бондаренко~Bondarenko|Ткаченко~Tkachenko|"
        "Кравченко~Kravchenko|Олійник~Oliinyk|Шевчук~Shevchuk|Поліщук~Polishchuk|Мельник~Melnyk|"
        "Бойко~Boiko|Мороз~Moroz|Лисенко~Lysenko|Руденко~Rudenko|Савчук~Savchuk|Кравчук~Kravchuk",
        "mid_m": "Петрович~Petrovych|Іванович~Ivanovych|Миколайович~Mykolaiovych|"
        "Васильович~Vasylovych|Олександрович~Oleksandrovych",
        "mid_f": "Петрівна~Petrivna|Іванівна~Ivanivna|Миколаївна~Mykolaivna|Василівна~Vasylivna|"
        "Олександрівна~Oleksandrivna",
        "mid_full": True,
    },
    "se": {
        "langs": "sv",
        "gm": "Erik|Lars|Anders|Johan|Karl|Per|Mikael|Oskar|Gustav|Axel|Nils|Björn",
        "gf": "Anna|Maria|Eva|Karin|Kristina|Lena|Sara|Emma|Ingrid|Astrid|Linnéa|Elsa",
        "sur": "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|"
        "Gustafsson|Pettersson|Lindberg|Lindqvist|Bergström|Sjöberg|Åkesson|Lundgren|Holm|"
        "Engström|Wallin",
    },
    "dk": {
        "langs": "da",
        "gm": "Mads|Frederik|Rasmus|Søren|Jens|Mikkel|Kasper|Anders|Niels|Christian|Magnus|Troels",
        "gf": "Mette|Sofie|Camilla|Louise|Ida|Freja|Kirsten|Line|Signe|Maja|Pernille|Astrid",
        "sur": "Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|"
        "Jørgensen|Petersen|Madsen|Kristensen|Olsen|Thomsen|Møller|Dahl|Holm|Mortensen|Østergaard",
    },
    "no": {
        "langs": "nb",
        "gm": "Ole|Lars|Magnus|Henrik|Sindre|Eirik|Håkon|Jonas|Torbjørn|Sigurd|Andreas|Knut",
        "gf": "Ingrid|Kari|Silje|Ingeborg|Nora|Solveig|Marit|Hanne|Sunniva|Tuva|Ragnhild|Åse",
        "sur": "Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Berg|Haugen|"
        "Hagen|Bakken|Solberg|Strand|Lie|Dahl|Halvorsen|Aasen|Lunde|Nygård|Fjeld|Bråten",
    },
    "fi": {
        "langs": "fi",
        "gm": "Mikko|Juha|Matti|Timo|Antti|Jukka|Ville|Janne|Eero|Lauri|Juho|Aleksi",
        "gf": "Anna|Maria|Liisa|Sanna|Laura|Johanna|Aino|Elina|Heidi|Tiina|Emilia|Satu",
        "sur": "Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|"
        "Järvinen|Lehtonen|Lehtinen|Saarinen|Salminen|Heinonen|Niemi|Kinnunen|Salonen|Turunen|Salo",
    },
    "is": {
        "langs": "is",
        "gm": "Jón|Sigurður|Guðmundur|Gunnar|Ólafur|Einar|Kristján|Magnús|Stefán|Þórður",
        "gf": "Guðrún|Anna|Kristín|Sigríður|Margrét|Helga|Sigrún|Ingibjörg|Þórunn|Katrín",
        "sur": "Jónsson,Jónsdóttir|Sigurðsson,Sigurðardóttir|Guðmundsson,Guðmundsdóttir|"
        "Gunnarsson,Gunnarsdóttir|Ólafsson,Ólafsdóttir|Einarsson,Einarsdóttir|"
        "Kristjánsson,Kristjánsdóttir|Magnússon,Magnúsdóttir|Stefánsson,Stefánsdóttir|"
        "Helgason,Helgadóttir|Björnsson,Björnsdóttir|Þórsson,Þórsdóttir",
    },
    "ee": {
        "langs": "et",
        "gm": "Martin|Andres|Jaan|Rasmus|Marko|Tanel|Priit|Margus|Kristjan|Siim|Toomas",
        "gf": "Mari|Kadri|Liis|Kristiina|Triin|Katrin|Piret|Helen|Maarja|Kertu|Ülle",
        "sur": "Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane|Ilves|Pärn|Koppel|Kallas|Lepik|Oja|Raudsepp|"
        "Vaher",
    },
    "lv": {
        "langs": "lv",
        "gm": "Jānis|Andris|Mārtiņš|Kārlis|Edgars|Roberts|Artūrs|Raimonds|Gatis|Aivars",
        "gf": "Anna|Līga|Inese|Kristīne|Ilze|Laura|Dace|Sanita|Evita|Agnese",
        "sur": "Bērziņš,Bērziņa|Kalniņš,Kalniņa|Ozoliņš,Ozoliņa|Jansons,Jansone|Ozols,Ozola|"
        "Liepiņš,Liepiņa|Krūmiņš,Krūmiņa|Balodis,Balode|Eglītis,Eglīte|Zariņš,Zariņa|"
        "Pētersons,Pētersone|Vītols,Vītola",
    },
    "lt": {
        "langs": "lt",
        "gm": "Jonas|Tomas|Mantas|Lukas|Darius|Andrius|Mindaugas|Paulius|Vytautas|Gediminas",
        "gf": "Rūta|Eglė|Greta|Ieva|Austėja|Kristina|Aušra|Jurgita|Indrė|Laura",
        "sur": "Kazlauskas,Kazlauskienė|Jankauskas,Jankauskaitė|Petrauskas,Petrauskienė|"
        "Stankevičius,Stankevičienė|Vasiliauskas,Vasiliauskaitė|Žukauskas,Žukauskienė|"
        "Butkus,Butkienė|Paulauskas,Paulauskaitė|Urbonas,Urbonienė|"
        "Kavaliauskas,Kavaliauskaitė|Navickas,Navickienė|Ramanauskas,Ramanauskaitė",
    },
    "jp": {
        "langs": "ja",
        "order": "sg",
        "sep": " ",
        "kana": True,
        "gm": "翼~ツバサ~Tsubasa|翔太~ショウタ~Shota|健太~ケンタ~Kenta|大輔~ダイスケ~Daisuke|"
        "拓也~タクヤ~Takuya|直樹~ナオキ~Naoki|浩二~コウジ~Koji|悠人~ユウト~Yuto|蓮~レン~Ren|"
        "誠~マコト~Makoto|和也~カズヤ~Kazuya|隆~タカシ~Takashi",
        "gf": "花子~ハナコ~Hanako|美咲~ミサキ~Misaki|陽子~ヨウコ~Yoko|さくら~サクラ~Sakura|"
        "由美~ユミ~Yumi|愛~アイ~Ai|恵子~ケイコ~Keiko|優花~ユウカ~Yuka|真由美~マユミ~Mayumi|"
        "結衣~ユイ~Yui|明美~アケミ~Akemi|千尋~チヒロ~Chihiro",
        "sur": "佐藤~サトウ~Sato|鈴木~スズキ~Suzuki|高橋~タカハシ~Takahashi|田中~タナカ~Tanaka|"
        "伊藤~イトウ~Ito|渡辺~ワタナベ~Watanabe|山本~ヤマモト~Yamamoto|中村~ナカムラ~Nakamura|"
        "小林~コバヤシ~Kobayashi|加藤~カトウ~Kato|吉田~ヨシダ~Yoshida|山田~ヤマダ~Yamada|"
        "松本~マツモト~Matsumoto|井上~イノウエ~Inoue|木村~キムラ~Kimura|清水~シミズ~Shimizu|"
        "長谷川~ハセガワ~Hasegawa|森~モリ~Mori",
    },
    "cn": {
        "langs": "zh",
        "order": "sg",
        "sep": "",
        "gm": "伟~Wei|强~Qiang|磊~Lei|军~Jun|洋~Yang|勇~Yong|杰~Jie|涛~Tao|明~Ming|浩然~Haoran|"
        "子轩~Zixuan|建国~Jianguo|志强~Zhiqiang|宇航~Yuhang",
        "gf": "芳~Fang|娜~Na|敏~Min|静~Jing|丽~Li|秀英~Xiuying|婷婷~Tingting|雪~Xue|欣怡~Xinyi|"
        "梓涵~Zihan|晓燕~Xiaoyan|慧~Hui|佳琪~Jiaqi|玉兰~Yulan",
        "sur": "王~Wang|李~Li|张~Zhang|刘~Liu|陈~Chen|杨~Yang|黄~Huang|赵~Zhao|吴~Wu|周~Zhou|"
        "徐~Xu|孙~Sun|马~Ma|朱~Zhu|胡~Hu|郭~Guo|何~He|林~Lin|欧阳~Ouyang|司马~Sima",
    },
    "tw": {
        "langs": "zh",
        "order": "sg",
        "sep": "",
        "gm": "志明~Chih-Ming|家豪~Chia-Hao|冠宇~Kuan-Yu|承恩~Cheng-En|俊傑~Chun-Chieh|"
        "建宏~Chien-Hung|宗翰~Tsung-Han|柏翰~Po-Han|育誠~Yu-Cheng",
        "gf": "怡君~Yi-Chun|雅婷~Ya-Ting|淑芬~Shu-Fen|佳穎~Chia-Ying|欣妤~Hsin-Yu|美玲~Mei-Ling|"
        "詩涵~Shih-Han|宜蓁~Yi-Chen|惠雯~Hui-Wen",
        "sur": "陳~Chen|林~Lin|黃~Huang|張~Chang|李~Lee|王~Wang|吳~Wu|劉~Liu|蔡~Tsai|楊~Yang|"
        "許~Hsu|鄭~Cheng|謝~Hsieh|郭~Kuo|簡~Chien",
    },
    "kr": {
        "langs": "ko",
        "order": "sg",
        "sep": "",
        "gm": "민준~Min-jun|서준~Seo-jun|지훈~Ji-hoon|현우~Hyun-woo|성민~Sung-min|동현~Dong-hyun|"
        "준호~Jun-ho|영수~Young-soo|재원~Jae-won|태양~Tae-yang",
        "gf": "서연~Seo-yeon|지은~Ji-eun|민지~Min-ji|수빈~Su-bin|하은~Ha-eun|유진~Yu-jin|"
        "예린~Ye-rin|지현~Ji-hyun|은정~Eun-jung|소영~So-young",
        "sur": "김~Kim|이~Lee|박~Park|최~Choi|정~Jung|강~Kang|조~Cho|윤~Yoon|장~Jang|임~Lim|"
        "한~Han|오~Oh|서~Seo|신~Shin|권~Kwon|황~Hwang|남궁~Namgung",
    },
    "arab": {
        "langs": "ar",
        "gm": "محمد~Mohammed|أحمد~Ahmed|عبدالله~Abdullah|خالد~Khaled|فيصل~Faisal|سعود~Saud|"
        "عمر~Omar|يوسف~Youssef|إبراهيم~Ibrahim|سلطان~Sultan|طارق~Tariq|حمد~Hamad",
        "gf": "فاطمة~Fatima|نورة~Noura|مريم~Maryam|سارة~Sara|ريم~Reem|لطيفة~Latifa|هند~Hind|"
        "عائشة~Aisha|دانة~Dana|لينا~Lina|منى~Mona|شيخة~Sheikha",
        "sur": "العتيبي~Al-Otaibi|القحطاني~Al-Qahtani|الشمري~Al-Shammari|الدوسري~Al-Dosari|"
        "الحربي~Al-Harbi|الزهراني~Al-Zahrani|المطيري~Al-Mutairi|الغامدي~Al-Ghamdi|"
        "المنصوري~Al-Mansouri|الكعبي~Al-Kaabi|النعيمي~Al-Nuaimi|الهاشمي~Al-Hashimi|حداد~Haddad|"
        "خوري~Khoury",
        "mid_m": "عبدالعزيز~Abdulaziz|ناصر~Nasser|سعيد~Saeed|علي~Ali|حسن~Hassan|راشد~Rashid",
        "mid_f": "عبدالعزيز~Abdulaziz|ناصر~Nasser|سعيد~Saeed|علي~Ali|حسن~Hassan|راشد~Rashid",
        "midp": 0.5,
        "mid_full": True,
        "mid_latin": True,
    },
    "egy": {
        "langs": "ar",
        "gm": "محمد~Mohamed|أحمد~Ahmed|محمود~Mahmoud|مصطفى~Mostafa|كريم~Karim|عمرو~Amr|"
        "حسام~Hossam|شريف~Sherif|هشام~Hesham|وليد~Walid",
        "gf": "نورهان~Nourhan|ياسمين~Yasmine|منة~Menna|هبة~Heba|دينا~Dina|رحاب~Rehab|سلمى~Salma|"
        "إيمان~Eman|نهى~Noha|شيماء~Shaimaa",
        "sur": "عبد الرحمن~Abdel Rahman|حسن~Hassan|السيد~El-Sayed|إبراهيم~Ibrahim|مصطفى~Mostafa|"
        "عبد الله~Abdallah|فاروق~Farouk|الشريف~El-Sherif|منصور~Mansour|سليمان~Soliman|"
        "عثمان~Osman|رمضان~Ramadan",
        "mid_m": "محمد~Mohamed|أحمد~Ahmed|علي~Aly|حسين~Hussein|سعيد~Said|فتحي~Fathy",
        "mid_f": "محمد~Mohamed|أحمد~Ahmed|علي~Aly|حسين~Hussein|سعيد~Said|فتحي~Fathy",
        "midp": 0.8,
        "mid_full": True,
        "mid_latin": True,
    },
    "il": {
        "langs": "he",
        "gm": "יוסי~Yossi|דוד~David|משה~Moshe|אבי~Avi|יונתן~Yonatan|איתי~Itai|עומר~Omer|"
        "נועם~Noam|אורי~Uri|דניאל~Daniel|רון~Ron|עידו~Ido",
        "gf": "נועה~Noa|מיכל~Michal|שירה~Shira|תמר~Tamar|יעל~Yael|רותם~Rotem|הדס~Hadas|"
        "אורית~Orit|מאיה~Maya|ליאת~Liat|שני~Shani|רחל~Rachel",
        "sur": "כהן~Cohen|לוי~Levi|מזרחי~Mizrahi|פרץ~Peretz|ביטון~Biton|דהן~Dahan|"
        "אברהם~Avraham|פרידמן~Friedman|אזולאי~Azoulay|גולדברג~Goldberg|שפירא~Shapira|"
        "בן-דוד~Ben-David|רוזנברג~Rosenberg|חדד~Hadad|אשכנזי~Ashkenazi|קפלן~Kaplan",
    },
    "vn": {
        "langs": "vi",
        "order": "sg",
        "sep": " ",
        "fold": True,
        "gm": "Văn An|Minh Tuấn|Đức Anh|Quang Huy|Hoàng Long|Thành Trung|Văn Hùng|Hữu Phước|"
        "Quốc Bảo|Tiến Dũng|Mạnh Cường|Gia Bảo",
        "gf": "Thị Lan|Thu Trang|Ngọc Anh|Thị Hương|Thanh Hà|Minh Châu|Bảo Ngọc|Thị Mai|"
        "Phương Thảo|Hồng Nhung|Kim Liên|Thùy Dung",
        "sur": "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý",
    },
    "th": {
        "langs": "th",
        "gm": "สมชาย~Somchai|ธนพล~Thanaphon|วิชัย~Wichai|ณัฐวุฒิ~Nattawut|อนุชา~Anucha|"
        "กิตติพงษ์~Kittipong|สุรเชษฐ์~Surachet|ชัยวัฒน์~Chaiwat|ปิยะ~Piya|ประเสริฐ~Prasert",
        "gf": "สมหญิง~Somying|พิมพ์ชนก~Pimchanok|กาญจนา~Kanchana|สุภาพร~Supaporn|"
        "ณัฐธิดา~Nattida|วรรณา~Wanna|อรุณี~Arunee|ปราณี~Pranee|ศิริพร~Siriporn|"
        "จันทร์เพ็ญ~Chanphen",
        "sur": "ใจดี~Jaidee|ศรีสุข~Srisuk|วงศ์สวัสดิ์~Wongsawat|สุขสวัสดิ์~Suksawat|"
        "แสงทอง~Saengthong|บุญมา~Boonma|ทองดี~Thongdee|รัตนพันธ์~Rattanaphan|"
        "เจริญผล~Charoenphon|พรหมมา~Phromma|กิตติศักดิ์~Kittisak|สมบูรณ์~Somboon",
    },
    "id": {
        "langs": "id",
        "gm": "Budi|Agus|Rizky|Dedi|Andi|Hendra|Joko|Bayu|Arief|Fajar|Eko|Yoga|Made|Ketut",
        "gf": "Siti|Dewi|Putri|Sri|Rina|Ayu|Indah|Fitri|Nurul|Wulan|Lestari|Ratna|Ni Luh|Kadek",
        "sur": "Santoso|Wijaya|Hidayat|Pratama|Kusuma|Saputra|Nugroho|Setiawan|Susanto|Gunawan|"
        "Hakim|Siregar|Nasution|Simanjuntak|Wibowo|Purnomo|Sembiring|Tanjung|Suryadi",
    },
    "my": {
        "langs": "ms",
        "gm": "Ahmad|Muhammad|Mohd Faizal|Hafiz|Amirul|Syafiq|Azlan|Firdaus|Khairul|Zulkifli",
        "gf": "Nur Aisyah|Siti Aminah|Nurul Huda|Farah|Aina|Siti Nurhaliza|Zulaikha|Aishah|"
        "Syafiqah|Noraini",
        "sur": "bin Abdullah,binti Abdullah|bin Ismail,binti Ismail|bin Hassan,binti Hassan|"
        "bin Ibrahim,binti Ibrahim|bin Yusof,binti Yusof|bin Osman,binti Osman|"
        "bin Rahman,binti Rahman|bin Ahmad,binti Ahmad|bin Razak,binti Razak|"
        "bin Hamid,binti Hamid",
    },
    "ph": {
        "langs": "tl en",
        "gm": "Juan|Jose|Mark Anthony|John Paul|Rommel|Jericho|Paolo|Ramon|Christian|Angelo|"
        "Rodrigo|Carlo",
        "gf": "Maria Clara|Kristine|Jocelyn|Rowena|Maricel|Angelica|Lovely|Princess|Ma. Theresa|"
        "Jasmine|Rhea|Cristina",
        "sur": "Santos|Reyes|Cruz|Bautista|Ocampo|Garcia|Mendoza|Dela Cruz|Villanueva|Aquino|"
        "Ramos|Castillo|Manalo|Soriano|Macaraeg|Dimaculangan|Pangilinan|Tolentino",
        "mid_m": "Santos|Reyes|Lacson|Bautista|Ocampo|Mercado|Dizon|Navarro|Salazar|Gatchalian",
        "mid_f": "Santos|Reyes|Lacson|Bautista|Ocampo|Mercado|Dizon|Navarro|Salazar|Gatchalian",
        "midp": 0.7,
        "midinit": True,
        "mid_full": True,
        "mid_latin": True,
    },
    "ir": {
        "langs": "fa",
        "gm": "علی~Ali|محمد~Mohammad|رضا~Reza|حسین~Hossein|مهدی~Mehdi|امیر~Amir|سعید~Saeed|"
        "پویا~Pouya|آرش~Arash|بهرام~Bahram|کاوه~Kaveh|داریوش~Dariush",
        "gf": "فاطمه~Fatemeh|زهرا~Zahra|مریم~Maryam|نازنین~Nazanin|سارا~Sara|نگار~Negar|"
        "شیرین~Shirin|لیلا~Leila|پریسا~Parisa|مهسا~Mahsa|آزاده~Azadeh|الهام~Elham",
        "sur": "محمدی~Mohammadi|حسینی~Hosseini|احمدی~Ahmadi|رضایی~Rezaei|موسوی~Mousavi|"
        "کریمی~Karimi|جعفری~Jafari|صادقی~Sadeghi|رحیمی~Rahimi|تهرانی~Tehrani|نوری~Nouri|"
        "قاسمی~Ghasemi|شریفی~Sharifi|کاظمی~Kazemi",
    },
    "bd": {
        "langs": "bn",
        "gm": "রহিম~Rahim|করিম~Karim|আনোয়ার~Anwar|মাহমুদ~Mahmud|শফিকুল~Shafiqul|রফিক~Rafiq|"
        "তানভীর~Tanvir|সাকিব~Sakib|আরিফ~Arif|সুমন~Suman",
        "gf": "ফাতেমা~Fatema|নাসরিন~Nasrin|শারমিন~Sharmin|রুমানা~Rumana|তাসলিমা~Taslima|"
        "সুমাইয়া~Sumaiya|মৌসুমী~Mousumi|নুসরাত~Nusrat|রাবেয়া~Rabeya|সাবিনা~Sabina",
        "sur": "ইসলাম~Islam|হোসেন~Hossain|রহমান~Rahman|আহমেদ~Ahmed|চৌধুরী~Chowdhury|খান~Khan|"
        "উদ্দিন~Uddin|আলম~Alam|সরকার~Sarkar|মিয়া~Miah|বিশ্বাস~Biswas|দাস~Das",
    },
    "pk": {
        "langs": "ur",
        "gm": "عمران~Imran|علی~Ali|حسن~Hassan|بلال~Bilal|عثمان~Usman|فیصل~Faisal|کامران~Kamran|"
        "زبیر~Zubair|وقاص~Waqas|شاہد~Shahid",
        "gf": "عائشہ~Ayesha|فاطمہ~Fatima|صبا~Saba|ماہ نور~Mahnoor|حنا~Hina|سدرہ~Sidra|"
        "نادیہ~Nadia|رابعہ~Rabia|ثنا~Sana|عنبرین~Ambreen",
        "sur": "خان~Khan|احمد~Ahmed|ملک~Malik|چوہدری~Chaudhry|قریشی~Qureshi|بٹ~Butt|شیخ~Sheikh|"
        "رضا~Raza|اعوان~Awan|مرزا~Mirza|جنجوعہ~Janjua|صدیقی~Siddiqui",
    },
}

# --------------------------------------------------------------------------- locales
# Default formats: st "{s} {n}{u}", pt "{pc} {t}", a1 "{st}, {pt}", aml "{st}\n{pt}";
# keys with suffix _l are used when the text's language differs from the locale's.

LOCALES: dict[str, dict] = {
    "en-US": {
        "names": "us",
        "lang": "en",
        "num": "&#|&##|&###|&####|&#&##",
        "unit": "||||, Apt &#|, Apt &@|, Unit &|, Suite &##|, Apt &0&",
        "streets": "Maple Avenue|Oak Street|Elm Drive|Cedar Lane|Pine Ridge Road|"
        "Washington Boulevard|Lakeview Terrace|Sunset Boulevard|Willow Creek Court|Magnolia Way|"
        "Hickory Hollow Lane|Main Street|Park Place|Bayshore Drive|W Fullerton Avenue|"
        "Old Mill Road|Chestnut Street|Riverside Drive|Dogwood Circle|E Colfax Avenue",
        "towns": "6270#:Springfield, IL|9720#:Portland, OR|7870#:Austin, TX|3030#:Atlanta, GA|"
        "0211#:Boston, MA|8020#:Denver, CO|5540#:Minneapolis, MN|9810#:Seattle, WA|"
        "3720#:Nashville, TN|4410#:Cleveland, OH|8500#:Phoenix, AZ|2770#:Durham, NC|"
        "1121#:Brooklyn, NY|9411#:San Francisco, CA|6061#:Chicago, IL|3313#:Miami, FL|"
        "5320#:Milwaukee, WI|9610#:Honolulu, HI",
        "st": "{n} {s}{u}",
        "pt": "{t} {pc}",
        "country_n": "United States",
        "country": "United States",
        "nat_n": "American",
        "nat": "American",
        "iso3": "USA",
        "phones": "(^##) ^##-####|^##-^##-####|+1 ^##-^##-####|+1 (^##) ^##-####|^##.^##.####",
        "mail": "gmail.com|yahoo.com|outlook.com|hotmail.com|icloud.com|aol.com|comcast.net",
        "natid": "ssn",
        "dl": "@#######|@############|&########|@###-####-####|@##-###-##-###-#",
        "pp": "&########|@########",
        "plate": "&@@@###|@@@-####|&@@@&##",
        "co": "Riverside Dental Group;riversidedental.com|Pioneer Auto Insurance;pioneerauto.com|"
        "Summit Property Management LLC;summitpm.com|Evergreen Family Clinic;evergreenfc.org|"
        "Lakeshore Credit Union;lakeshorecu.org|Bright Path Staffing;brightpathstaff.com|"
        "Cascade Home Loans;cascadehomeloans.com|Prairie View Pediatrics;prairieviewpeds.com",
    },
    "en-GB": {
        "names": "gb",
        "lang": "en",
        "num": "&|&#|&##|&a|&#b",
        "unit": "|||Flat &,|Flat &@,|Apartment &#,",
        "streets": "High Street|Station Road|Church Lane|Victoria Road|Mill Lane|Park Avenue|"
        "Kingsway|Queen's Drive|Elmfield Crescent|Barley Close|Chestnut Grove|Albert Terrace|"
        "Windsor Gardens|Marsh Lane|Heol y Parc|Laburnum Way",
        "towns": "SW& &@@:London|N& &@@:London|M&& &@@:Manchester|B&& &@@:Birmingham|"
        "LS& &@@:Leeds|BS& &@@:Bristol|EH& &@@:Edinburgh|CF&& &@@:Cardiff|G&& &@@:Glasgow|"
        "NE& &@@:Newcastle upon Tyne|YO&& &@@:York|OX& &@@:Oxford|BT& &@@:Belfast|"
        "NR& &@@:Norwich|PL& &@@:Plymouth",
        "st": "{u} {n} {s}",
        "pt": "{t} {pc}",
        "aml": "{st}\n{t}\n{pc}",
        "country_n": "United Kingdom",
        "country": "United Kingdom",
        "nat_n": "British",
        "nat": "British",
        "iso3": "GBR",
        "phones": "07&## ######|+44 7&## ######|020 7### ####|0161 ### ####|"
        "+44 (0)1&& ### ####|01&&& ######",
        "mail": "gmail.com|hotmail.co.uk|btinternet.com|outlook.com|yahoo.co.uk|sky.com",
        "natid": "nino",
        "dl": "gb",
        "pp": "&########",
        "iban": "GB",
        "plate": "@@&# @@@",
        "co": "Harrow & Finch Solicitors;harrowfinch.co.uk|Bramley Lettings Ltd;bramleylettings.co.uk|"
        "St Aldate's Medical Practice;staldatesmp.co.uk|Thistle Insurance Brokers;thistlebrokers.co.uk|"
        "Pennine Building Society;penninebs.co.uk|Greyfriars Accountancy;greyfriars-acc.co.uk",
    },
    "en-IE": {
        "names": "ie",
        "lang": "en",
        "num": "&|&#|&##",
        "unit": "|||Apt &,|Apartment &#,",
        "streets": "Main Street|Church Road|Seaview Terrace|O'Connell Street|Strand Road|"
        "Castle Avenue|Grattan Crescent|Ashgrove Park|Bóthar na Trá|Pearse Street",
        "towns": "D0& %%%%:Dublin|D&& %%%%:Dublin|T12 %%%%:Cork|H91 %%%%:Galway|V94 %%%%:Limerick|"
        "X91 %%%%:Waterford|A92 %%%%:Drogheda|R95 %%%%:Kilkenny",
        "st": "{u} {n} {s}",
        "pt": "{t} {pc}",
        "aml": "{st}\n{t}\n{pc}",
        "country_n": "Ireland",
        "country": "Ireland",
        "nat_n": "Irish",
        "nat": "Irish",
        "iso3": "IRL",
        "phones": "08& ### ####|+353 8& ### ####|01 ### ####|+353 1 ### ####",
        "mail": "eircom.net|gmail.com|outlook.ie|hotmail.com|yahoo.ie",
        "natid": "ie",
        "dl": "&########",
        "pp": "@@&######",
        "iban": "IE",
        "plate": "&&#-@-####|&&#-@@-#####",
        "co": "Liffey Mutual Insurance;liffeymutual.ie|Shannonside Credit Union;shannonsidecu.ie|"
        "Corrib Property Services;corribproperty.ie",
    },
    "en-CA": {
        "names": "us",
        "lang": "en",
        "num": "&#|&##|&###|&####",
        "unit": "|||, Apt &#|, Unit &#|, Suite &0&",
        "streets": "Yonge Street|Bloor Street West|Granville Street|Jasper Avenue|Portage Avenue|"
        "Elgin Street|Spring Garden Road|Lakeshore Boulevard|Maple Grove Drive|Queen Street East",
        "towns": "M&@ &@&:Toronto, ON|V&@ &@&:Vancouver, BC|T&@ &@&:Calgary, AB|K&@ &@&:Ottawa, ON|"
        "R&@ &@&:Winnipeg, MB|B&@ &@&:Halifax, NS|T&@ &@&:Edmonton, AB|S&@ &@&:Saskatoon, SK",
        "st": "{n} {s}{u}",
        "pt": "{t}  {pc}",
        "country_n": "Canada",
        "country": "Canada",
        "nat_n": "Canadian",
        "nat": "Canadian",
        "iso3": "CAN",
        "phones": "(^##) ^##-####|+1 ^##-^##-####|^##-^##-####",
        "mail": "gmail.com|rogers.com|shaw.ca|sympatico.ca|outlook.com|telus.net",
        "natid": "sin",
        "dl": "@####-#####-#####|@###-###-###",
        "pp": "@@######",
        "plate": "@@@@ ###|@@@ ###",
        "co": "Northern Maple Insurance;northernmaple.ca|Fraser Valley Dental;fraservalleydental.ca|"
        "Great Lakes Property Group;greatlakespg.ca",
    },
    "en-AU": {
        "names": "gb",
        "lang": "en",
        "num": "&|&#|&##",
        "unit": "|||Unit &/|&/|&#/",
        "streets": "Smith Street|George Street|Beach Road|Wattle Avenue|Banksia Crescent|Bridge Road|"
        "Kookaburra Close|Parramatta Road|Sturt Street|Jacaranda Drive|Bourke Street",
        "towns": "2&##:Sydney NSW|3&##:Melbourne VIC|4&##:Brisbane QLD|6&##:Perth WA|5&##:Adelaide SA|"
        "7&##:Hobart TAS|2600:Canberra ACT|0800:Darwin NT|2300:Newcastle NSW|4217:Surfers Paradise QLD",
        "st": "{u}{n} {s}",
        "pt": "{t} {pc}",
        "country_n": "Australia",
        "country": "Australia",
        "nat_n": "Australian",
        "nat": "Australian",
        "iso3": "AUS",
        "phones": "04## ### ###|+61 4## ### ###|(02) #### ####|+61 2 #### ####|(03) #### ####",
        "mail": "bigpond.com|gmail.com|optusnet.com.au|outlook.com|iinet.net.au",
        "natid": "au",
        "dl": "########|&#######|@#######",
        "pp": "@&######|P@######",
        "plate": "@@@-&#@|&@@-&@@",
        "co": "Southern Cross Health Fund;southerncrosshf.com.au|Harbourside Realty;harboursiderealty.com.au|"
        "Bluegum Veterinary Clinic;bluegumvet.com.au",
    },
    "en-NZ": {
        "names": "nz",
        "lang": "en",
        "num": "&|&#|&##|&@",
        "unit": "|||Flat &,|Unit &@,",
        "streets": "Queen Street|Karangahape Road|Cuba Street|Ponsonby Road|Riccarton Road|Tui Street|"
        "Pohutukawa Drive|Kowhai Avenue|Rimu Street|Te Atatu Road",
        "towns": "10##:Auckland|60##:Wellington|80##:Christchurch|90##:Dunedin|32##:Hamilton|"
        "31##:Tauranga|41##:Napier|70##:Nelson",
        "st": "{u} {n} {s}",
        "pt": "{t} {pc}",
        "country_n": "New Zealand",
        "country": "New Zealand",
        "nat_n": "New Zealander",
        "nat": "New Zealander",
        "iso3": "NZL",
        "phones": "02& ### ####|+64 2& ### ####|09 ### ####|+64 9 ### ####|04 ### ####",
        "mail": "xtra.co.nz|gmail.com|outlook.co.nz|slingshot.co.nz",
        "natid": "nz",
        "dl": "@@######",
        "pp": "@@######",
        "plate": "@@@###",
    },
    "en-IN": {
        "names": "in",
        "lang": "en",
        "num": "&#|&##|&#/&|&#-@",
        "unit": "||Flat &0&, Sai Residency,|Plot No.|H.No.|Flat &0&, Green Park Apartments,|Door No.",
        "streets": "MG Road|Linking Road|Park Street|Anna Salai|Brigade Road|Lajpat Nagar Main Road|"
        "Hill Road, Bandra West|Koramangala 5th Block|Salt Lake Sector V|Jubilee Hills Road No. 36|"
        "FC Road, Shivajinagar|Ashram Road",
        "towns": "5600##:Bengaluru|4000##:Mumbai|1100##:New Delhi|6000##:Chennai|7000##:Kolkata|"
        "5000##:Hyderabad|4110##:Pune|3800##:Ahmedabad|3020##:Jaipur|2260##:Lucknow|6820##:Kochi",
        "st": "{u} {n}, {s}",
        "pt": "{t} - {pc}",
        "country_n": "India",
        "country": "India",
        "nat_n": "Indian",
        "nat": "Indian",
        "iso3": "IND",
        "phones": "+91 9#### #####|+91 8#### #####|9#########|+91-7#########|080 ########",
        "mail": "gmail.com|yahoo.co.in|rediffmail.com|outlook.com|hotmail.com",
        "natid": "in",
        "dl": "@@&# ###########|@@-&#-####-#######",
        "pp": "@&######",
        "plate": "@@ ## @@ ####",
        "co": "Sahyadri Insurance Brokers;sahyadriins.in|Kaveri Hospitals;kaverihospitals.in|"
        "Lotus Realty Pvt Ltd;lotusrealty.in|Pinnacle Tutorials;pinnacletutorials.in",
    },
    "hi-IN": {
        "names": "in",
        "lang": "hi",
        "num": "मकान नं. &#~H.No. &#|&#/&~&#/&|प्लॉट नं. &##~Plot No. &##|&##~&##",
        "streets": "महात्मा गांधी मार्ग~Mahatma Gandhi Marg|स्टेशन रोड~Station Road|नेहरू नगर~Nehru Nagar|"
        "शिवाजी नगर~Shivaji Nagar|गांधी चौक~Gandhi Chowk|सिविल लाइंस~Civil Lines|"
        "राजेंद्र नगर~Rajendra Nagar|कृष्णा कॉलोनी~Krishna Colony|अशोक विहार~Ashok Vihar",
        "towns": "1100##:नई दिल्ली~New Delhi|2260##:लखनऊ~Lucknow|3020##:जयपुर~Jaipur|"
        "4520##:इंदौर~Indore|2210##:वाराणसी~Varanasi|8000##:पटना~Patna|4620##:भोपाल~Bhopal|"
        "2820##:आगरा~Agra",
        "st": "{n}, {s}",
        "pt": "{t} - {pc}",
        "country_n": "भारत",
        "country": "India",
        "nat_n": "भारतीय",
        "nat": "Indian",
        "iso3": "IND",
        "phones": "+91 9#### #####|9#########|+91 7#### #####|0141-#######",
        "mail": "gmail.com|yahoo.co.in|rediffmail.com",
        "natid": "in",
        "dl": "@@&# ###########",
        "pp": "@&######",
        "plate": "@@ ## @@ ####",
        "co": "शर्मा ट्रेडर्स;sharmatraders.in|गंगा हॉस्पिटल;gangahospital.in|भारत बीमा सेवा;bharatbima.in",
    },
    "en-ZA": {
        "names": "za",
        "lang": "en",
        "num": "&|&#|&##",
        "unit": "|||Unit &#,|Flat &,",
        "streets": "Long Street|Jan Smuts Avenue|Voortrekker Road|Oxford Road|Church Street|"
        "Florida Road|Main Road|Protea Crescent|Beyers Naudé Drive|Vilakazi Street",
        "towns": "2196:Sandton|8001:Cape Town|4001:Durban|0002:Pretoria|2001:Johannesburg|"
        "6001:Gqeberha|9301:Bloemfontein|7600:Stellenbosch|1804:Soweto",
        "st": "{u} {n} {s}",
        "pt": "{t}, {pc}",
        "aml": "{st}\n{t}\n{pc}",
        "country_n": "South Africa",
        "country": "South Africa",
        "nat_n": "South African",
        "nat": "South African",
        "iso3": "ZAF",
        "phones": "08# ### ####|07# ### ####|+27 8# ### ####|+27 7# ### ####|021 ### ####|011 ### ####",
        "mail": "gmail.com|webmail.co.za|mweb.co.za|telkomsa.net|outlook.com",
        "natid": "za",
        "dl": "##########@@",
        "pp": "@########",
        "plate": "@@ ## @@ GP|@@@ ### W",
        "co": "Protea Medical Aid;proteamed.co.za|Karoo Vehicle Finance;karoofinance.co.za|"
        "Table Bay Property Rentals;tablebayrentals.co.za",
    },
    "af-ZA": {
        "names": "za",
        "lang": "af",
        "num": "&|&#|&##",
        "streets": "Kerkstraat~Kerk Street|Voortrekkerweg~Voortrekker Road|Langstraat~Long Street|"
        "Eikelaan~Oak Avenue|Dorpstraat~Dorp Street|Stasieweg~Station Road|Protealaan~Protea Avenue|"
        "Bloemstraat~Bloem Street",
        "towns": "7600:Stellenbosch|7646:Paarl|0002:Pretoria|9301:Bloemfontein|6850:Worcester|"
        "6620:Oudtshoorn|8301:Kimberley|7530:Bellville",
        "st": "{s} {n}",
        "st_l": "{n} {s}",
        "pt": "{t} {pc}",
        "country_n": "Suid-Afrika",
        "country": "South Africa",
        "nat_n": "Suid-Afrikaans",
        "nat": "South African",
        "iso3": "ZAF",
        "phones": "08# ### ####|07# ### ####|+27 8# ### ####|021 ### ####",
        "mail": "gmail.com|webmail.co.za|mweb.co.za|vodamail.co.za",
        "natid": "za",
        "dl": "##########@@",
        "pp": "@########",
        "co": "Boland Versekering;bolandversekering.co.za|Karoo Eiendomme;karooeiendomme.co.za",
    },
    "en-NG": {
        "names": "ng",
        "lang": "en",
        "num": "&|&#|&##",
        "unit": "|||Flat &,|Block @, Flat &,",
        "streets": "Adeola Odeku Street|Awolowo Road|Allen Avenue|Ahmadu Bello Way|"
        "Herbert Macaulay Way|Ogui Road|Bode Thomas Street|Aminu Kano Crescent|Ring Road",
        "towns": "1012##:Victoria Island, Lagos|1002##:Ikeja, Lagos|9000##:Garki, Abuja|"
        "4000##:Enugu|2002##:Ibadan|7000##:Kano|5001##:Port Harcourt",
        "st": "{u} {n} {s}",
        "pt": "{t} {pc}",
        "country_n": "Nigeria",
        "country": "Nigeria",
        "nat_n": "Nigerian",
        "nat": "Nigerian",
        "iso3": "NGA",
        "phones": "080# ### ####|+234 80# ### ####|+234 70# ### ####|081# ### ####|090# ### ####",
        "mail": "gmail.com|yahoo.com|outlook.com",
        "natid": "ng",
        "dl": "@@@#####@@##",
        "pp": "@########",
        "co": "Zenith Crest Insurance;zenithcrest.ng|Lekki Gardens Estate;lekkigardens.ng",
    },
    "en-KE": {
        "names": "ke",
        "lang": "en",
        "num": "&|&#|&##",
        "streets": "Moi Avenue|Kenyatta Avenue|Ngong Road|Waiyaki Way|Kimathi Street|Lenana Road|"
        "Oginga Odinga Street|Argwings Kodhek Road|Nyerere Road",
        "towns": "00100:Nairobi|80100:Mombasa|40100:Kisumu|20100:Nakuru|30100:Eldoret|00200:Nairobi",
        "st": "House No. {n}, {s}",
        "pt": "{t} {pc}",
        "country_n": "Kenya",
        "country": "Kenya",
        "nat_n": "Mkenya",
        "nat": "Kenyan",
        "iso3": "KEN",
        "phones": "07## ######|+254 7## ######|+254 1## ######|07## ### ###",
        "mail": "gmail.com|yahoo.com|outlook.com",
        "natid": "ke",
        "dl": "DL-&######|@@@&##&##",
        "pp": "@@&######",
        "co": "Savannah Health Insurance;savannahhealth.co.ke|Rift Valley Sacco;riftvalleysacco.co.ke",
    },
    "en-PH": {
        "names": "ph",
        "lang": "en",
        "num": "&#|&##|Blk & Lot &#|Lot &#",
        "streets": "Rizal Street|Mabini Street|Sampaguita St.|Katipunan Avenue|Aurora Boulevard|"
        "Bonifacio Drive|Gen. Luna Street|Acacia Lane|Narra Street|P. Burgos Street",
        "towns": "11##:Quezon City|10##:Manila|60##:Cebu City|80##:Davao City|12##:Makati City|"
        "4026:Santa Rosa, Laguna|2009:Angeles City|50##:Iloilo City",
        "pt": "{t} {pc}",
        "st": "{n} {s}",
        "country_n": "Pilipinas",
        "country": "Philippines",
        "nat_n": "Filipino",
        "nat": "Filipino",
        "iso3": "PHL",
        "phones": "09## ### ####|+63 9## ### ####|(02) 8### ####|+639#########",
        "mail": "gmail.com|yahoo.com|outlook.ph|yahoo.com.ph",
        "natid": "ph",
        "dl": "@##-##-######",
        "pp": "P#######@",
        "co": "Bayanihan Health Care;bayanihanhealth.ph|Luzon Realty Corp.;luzonrealty.ph",
    },
    "de-DE": {
        "names": "de",
        "lang": "de",
        "num": "&|&#|&#a|&##|&b|&#-&#",
        "streets": "Hauptstraße|Lindenweg|Am Mühlbach|Goethestraße|Bahnhofstraße|Schillerplatz|"
        "Rosenstraße|Birkenallee|Kirchgasse|Friedrich-Ebert-Straße|Am Sonnenhang|Wiesenstraße|"
        "Gartenstraße|Kastanienallee|Bergmannstraße|Am Alten Markt|Uhlandstraße|Eichendorffweg",
        "towns": "10###:Berlin|80###:München|50###:Köln|20###:Hamburg|60###:Frankfurt am Main|"
        "70###:Stuttgart|04###:Leipzig|90###:Nürnberg|28###:Bremen|79###:Freiburg im Breisgau|"
        "01###:Dresden|30###:Hannover|44###:Dortmund|69###:Heidelberg|24###:Kiel|48###:Münster",
        "country_n": "Deutschland",
        "country": "Germany",
        "nat_n": "deutsch",
        "nat": "German",
        "iso3": "DEU",
        "phones": "+49 1&# #######|+49 15& ########|01&# ########|0&## ######|+49 (0)30 ########|"
        "030 ########|0&#-######|+49 89 #######",
        "mail": "gmx.de|web.de|t-online.de|posteo.de|gmail.com|outlook.de|freenet.de|mailbox.org",
        "natid": "steuer",
        "dl": "@##&#%%####&|@&#########",
        "pp": "C%%%%%%%%|L%%%%%%%%",
        "iban": "DE",
        "plate": "@ @@ ####|@@ @ ###|@@@ @@ ##",
        "co": "Müller & Söhne GmbH;mueller-soehne.de|Hausverwaltung Krause KG;hv-krause.de|"
        "Praxis Dr. med. Ebner;praxis-ebner.de|Allgemeine Rheinische Versicherung AG;arv-versicherung.de|"
        "Stadtwerke Lindenau;stadtwerke-lindenau.de|Autohaus Brenner GmbH;autohaus-brenner.de|"
        "Kanzlei Vogt & Partner;vogt-partner.de|Bergische Sparkasse;bergische-sparkasse.de",
    },
    "de-AT": {
        "names": "de",
        "lang": "de",
        "num": "&|&#|&##",
        "unit": "|||/&/&#|/&|/Top &",
        "streets": "Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Linzer Straße|"
        "Schönbrunner Straße|Grabenweg|Salzachgasse|Getreidegasse|Favoritenstraße|Annenstraße",
        "towns": "1&&0:Wien|5020:Salzburg|8010:Graz|4020:Linz|6020:Innsbruck|9020:Klagenfurt am Wörthersee|"
        "3100:St. Pölten|6900:Bregenz",
        "country_n": "Österreich",
        "country": "Austria",
        "nat_n": "österreichisch",
        "nat": "Austrian",
        "iso3": "AUT",
        "phones": "+43 6&& #######|06&& #######|01 ### ####|+43 1 ### ####|0316 ######",
        "mail": "gmx.at|aon.at|chello.at|gmail.com|a1.net|drei.at",
        "natid": "at",
        "dl": "########",
        "pp": "P#######|U#######",
        "iban": "AT",
        "plate": "W-#####@|S-###@@|G-##@@@",
        "co": "Wiener Wohnbau Gesellschaft;wiener-wohnbau.at|Tiroler Landesversicherung;tlv.at|"
        "Ordination Dr. Hofer;ordination-hofer.at",
    },
    "de-CH": {
        "names": "ch",
        "lang": "de",
        "num": "&|&#|&#a|&##",
        "streets": "Bahnhofstrasse|Dorfstrasse|Seestrasse|Hauptstrasse|Kirchweg|Bergstrasse|Rämistrasse|"
        "Zürichstrasse|Gerechtigkeitsgasse|Spalenberg",
        "towns": "80##:Zürich|30##:Bern|40##:Basel|60##:Luzern|9000:St. Gallen|8400:Winterthur|"
        "5000:Aarau|7000:Chur",
        "country_n": "Schweiz",
        "country": "Switzerland",
        "nat_n": "schweizerisch",
        "nat": "Swiss",
        "iso3": "CHE",
        "phones": "+41 7& ### ## ##|07& ### ## ##|044 ### ## ##|+41 44 ### ## ##|031 ### ## ##",
        "mail": "bluewin.ch|gmx.ch|sunrise.ch|gmail.com|hispeed.ch",
        "natid": "ch",
        "dl": "#########|&##&##&##",
        "pp": "@#######|X#######",
        "iban": "CH",
        "plate": "ZH ######|BE ######|LU #####",
        "co": "Helvetia Hausrat AG;helvetia-hausrat.ch|Praxis am See;praxisamsee.ch|"
        "Immobilien Gerber AG;gerber-immo.ch",
    },
    "fr-FR": {
        "names": "fr",
        "lang": "fr",
        "num": "&|&#|&# bis|&##|&ter",
        "unit": "||||, appt &#|, bât. @|, appt &#, bât. @",
        "streets": "rue de la République|avenue Jean Jaurès|boulevard Voltaire|rue des Lilas|"
        "impasse des Acacias|place du Marché|rue Victor Hugo|chemin des Vignes|allée des Tilleuls|"
        "rue du Faubourg Saint-Antoine|quai de la Loire|rue Pasteur|rue des Trois Frères|"
        "avenue du Général Leclerc|rue de la Paix|cours Mirabeau",
        "towns": "750&#:Paris|690&#:Lyon|130&#:Marseille|310&#:Toulouse|330&#:Bordeaux|590&#:Lille|"
        "440&#:Nantes|670&#:Strasbourg|350&#:Rennes|060&#:Nice|340&#:Montpellier|210&#:Dijon|"
        "13100:Aix-en-Provence|29200:Brest",
        "st": "{n} {s}{u}",
        "country_n": "France",
        "country": "France",
        "nat_n": "française",
        "nat": "French",
        "iso3": "FRA",
        "phones": "06 ## ## ## ##|07 ## ## ## ##|+33 6 ## ## ## ##|01 ## ## ## ##|+33 (0)6 ## ## ## ##|"
        "06########|04 ## ## ## ##",
        "mail": "orange.fr|free.fr|laposte.net|gmail.com|sfr.fr|wanadoo.fr|hotmail.fr|yahoo.fr",
        "natid": "fr",
        "dl": "&#@@#####|############",
        "pp": "&#@@#####",
        "iban": "FR",
        "plate": "@@-###-@@",
        "co": "Mutuelle des Artisans;mutuelle-artisans.fr|Cabinet Médical Saint-Roch;cabinet-saintroch.fr|"
        "Immobilière du Rhône;immo-rhone.fr|Assurances Delmas & Fils;delmas-assurances.fr|"
        "Crédit Provençal;credit-provencal.fr|Transports Garnier SARL;transports-garnier.fr",
    },
    "fr-BE": {
        "names": "be",
        "lang": "fr",
        "num": "&|&#|&##",
        "unit": "|||/&|, bte &",
        "streets": "rue de la Loi|avenue Louise|chaussée de Waterloo|rue Neuve|boulevard Anspach|"
        "rue des Tanneurs|place Saint-Lambert|rue du Marché|avenue de Tervueren",
        "towns": "1000:Bruxelles|4000:Liège|5000:Namur|6000:Charleroi|7000:Mons|1348:Louvain-la-Neuve|"
        "1050:Ixelles|1180:Uccle",
        "st": "{s} {n}{u}",
        "country_n": "Belgique",
        "country": "Belgium",
        "nat_n": "belge",
        "nat": "Belgian",
        "iso3": "BEL",
        "phones": "04&& ## ## ##|+32 4&& ## ## ##|02 ### ## ##|+32 2 ### ## ##",
        "mail": "skynet.be|telenet.be|gmail.com|proximus.be|hotmail.be",
        "natid": "be",
        "dl": "##########",
        "pp": "@@######",
        "iban": "BE",
        "plate": "&-@@@-###",
        "co": "Mutualité Wallonne;mutualite-wallonne.be|Agence Immobilière Lambert;immo-lambert.be",
    },
    "nl-BE": {
        "names": "be",
        "lang": "nl",
        "num": "&|&#|&##",
        "unit": "|||bus &|bus &#",
        "streets": "Meir|Kerkstraat|Stationsstraat|Grote Markt|Veldstraat|Bondgenotenlaan|"
        "Lange Nieuwstraat|Diestsestraat|Koningin Astridlaan",
        "towns": "2000:Antwerpen|9000:Gent|3000:Leuven|8000:Brugge|2800:Mechelen|3500:Hasselt|"
        "8500:Kortrijk|2018:Antwerpen",
        "st": "{s} {n} {u}",
        "country_n": "België",
        "country": "Belgium",
        "nat_n": "Belg",
        "nat": "Belgian",
        "iso3": "BEL",
        "phones": "04&& ## ## ##|+32 4&& ## ## ##|03 ### ## ##|09 ### ## ##",
        "mail": "telenet.be|skynet.be|gmail.com|proximus.be",
        "natid": "be",
        "dl": "##########",
        "pp": "@@######",
        "iban": "BE",
        "plate": "&-@@@-###",
        "co": "Ziekenfonds Vlaanderen;zfvl.be|Immo De Schelde;immodeschelde.be",
    },
    "fr-CA": {
        "names": "qc",
        "lang": "fr",
        "num": "&#|&##|&###|&####",
        "unit": "|||, app. &#|, app. &",
        "streets": "rue Sherbrooke Ouest|boulevard René-Lévesque|rue Saint-Denis|avenue du Mont-Royal|"
        "chemin Sainte-Foy|rue Principale|boulevard Laurier|rue des Érables|rue Wellington",
        "towns": "H&@ &@&:Montréal (Québec)|G&@ &@&:Québec (Québec)|J&@ &@&:Gatineau (Québec)|"
        "J&@ &@&:Sherbrooke (Québec)|G&@ &@&:Trois-Rivières (Québec)|H&@ &@&:Laval (Québec)",
        "st": "{n}, {s}{u}",
        "pt": "{t}  {pc}",
        "country_n": "Canada",
        "country": "Canada",
        "nat_n": "canadienne",
        "nat": "Canadian",
        "iso3": "CAN",
        "phones": "514 ###-####|438 ###-####|+1 418 ###-####|450 ###-####|(819) ###-####",
        "mail": "videotron.ca|gmail.com|bell.net|hotmail.ca|sympatico.ca",
        "natid": "sin",
        "dl": "@####-######-##",
        "pp": "@@######",
        "plate": "@@@ ###|### @@@",
        "co": "Assurances Laurentides inc.;assurances-laurentides.ca|Clinique Mont-Royal;cliniquemontroyal.ca",
    },
    "fr-CH": {
        "names": "ch",
        "lang": "fr",
        "num": "&|&#|&##",
        "streets": "Rue du Rhône|Avenue de la Gare|Rue de Lausanne|Chemin des Pâquerettes|Rue du Simplon|"
        "Avenue de Rumine|Route de Chêne|Grand-Rue",
        "towns": "1204:Genève|1003:Lausanne|2000:Neuchâtel|1700:Fribourg|1950:Sion|1820:Montreux|"
        "2300:La Chaux-de-Fonds",
        "st": "{s} {n}",
        "country_n": "Suisse",
        "country": "Switzerland",
        "nat_n": "suisse",
        "nat": "Swiss",
        "iso3": "CHE",
        "phones": "+41 7& ### ## ##|07& ### ## ##|022 ### ## ##|021 ### ## ##",
        "mail": "bluewin.ch|gmail.com|sunrise.ch|netplus.ch",
        "natid": "ch",
        "dl": "#########",
        "pp": "@#######",
        "iban": "CH",
        "co": "Régie du Léman SA;regie-leman.ch|Cabinet dentaire des Eaux-Vives;dentaire-eauxvives.ch",
    },
    "es-ES": {
        "names": "es",
        "lang": "es",
        "num": "&|&#|&##|&#-@",
        "unit": "|, &º @|, &º &ª|, bajo|, &º izda.|, &º dcha.",
        "streets": "Calle Mayor|Avenida de la Constitución|Calle de Alcalá|Paseo de Gracia|Calle Real|"
        "Plaza de España|Calle San Fernando|C/ Sierpes|Calle del Carmen|Ronda de Triana|"
        "Travesía del Pozo|Avenida de Andalucía|Calle Gran Vía|Calle de la Fuente",
        "towns": "280##:Madrid|080##:Barcelona|460##:Valencia|410##:Sevilla|500##:Zaragoza|290##:Málaga|"
        "480##:Bilbao|150##:A Coruña|300##:Murcia|070##:Palma|370##:Salamanca|330##:Oviedo",
        "st": "{s}, {n}{u}",
        "country_n": "España",
        "country": "Spain",
        "nat_n": "española",
        "nat": "Spanish",
        "iso3": "ESP",
        "phones": "6## ### ###|+34 6## ## ## ##|+34 6########|91# ## ## ##|7## ### ###|6## ## ## ##",
        "mail": "gmail.com|hotmail.es|yahoo.es|telefonica.net|outlook.es|movistar.es",
        "natid": "dni",
        "dl": "########@",
        "pp": "@@@######",
        "iban": "ES",
        "plate": "#### @@@",
        "co": "Seguros La Alameda S.A.;seguroslaalameda.es|Clínica Dental Sonrisa;clinicasonrisa.es|"
        "Inmobiliaria Castellana;inmocastellana.es|Gestoría Moreno y Asociados;gestoriamoreno.es|"
        "Transportes Hermanos Gil S.L.;transportesgil.es",
    },
    "ca-ES": {
        "names": "ca",
        "lang": "ca",
        "num": "&|&#|&##",
        "unit": "|, &r &a|, baixos|, &r|, àtic|, &r &a",
        "streets": "Carrer Major|Carrer de Balmes|Passeig de Gràcia|Rambla de Catalunya|"
        "Carrer del Consell de Cent|Avinguda Diagonal|Plaça de la Vila|Carrer de Sant Pere|"
        "Carrer de la Riera|Passeig Marítim",
        "towns": "080##:Barcelona|170##:Girona|250##:Lleida|430##:Tarragona|082##:Sabadell|"
        "08800:Vilanova i la Geltrú|08172:Sant Cugat del Vallès|08301:Mataró",
        "st": "{s}, {n}{u}",
        "country_n": "Espanya",
        "country": "Spain",
        "nat_n": "espanyola",
        "nat": "Spanish",
        "iso3": "ESP",
        "phones": "6## ## ## ##|+34 6## ### ###|93# ## ## ##|+34 93# ### ###",
        "mail": "gmail.com|hotmail.com|xtec.cat|outlook.es|telefonica.net",
        "natid": "dni",
        "dl": "########@",
        "pp": "@@@######",
        "iban": "ES",
        "plate": "#### @@@",
        "co": "Assegurances Montseny;assegurancesmontseny.cat|Centre Mèdic Gràcia;cmgracia.cat",
    },
    "es-MX": {
        "names": "mx",
        "lang": "es",
        "num": "&#|&##|&###|&####",
        "unit": "|||, Int. &|, Depto. &0&|, Int. &@",
        "streets": "Av. Insurgentes Sur|Calle Madero|Av. Reforma|Calle Hidalgo|Av. Vallarta|"
        "Calle 5 de Mayo|Calz. de Tlalpan|Av. Juárez|Calle Morelos|Privada de los Pinos|"
        "Av. Revolución|Calle Guerrero",
        "towns": "031##:Col. Del Valle, Ciudad de México, CDMX|066##:Col. Juárez, Ciudad de México, CDMX|"
        "441##:Col. Americana, Guadalajara, Jal.|640##:Col. Centro, Monterrey, N.L.|"
        "720##:Col. La Paz, Puebla, Pue.|970##:Col. García Ginerés, Mérida, Yuc.|"
        "760##:Col. Centro, Querétaro, Qro.|044##:Col. Coyoacán, Ciudad de México, CDMX",
        "st": "{s} {n}{u}",
        "pt": "{t}, C.P. {pc}",
        "pt_l": "{t} {pc}",
        "country_n": "México",
        "country": "Mexico",
        "nat_n": "mexicana",
        "nat": "Mexican",
        "iso3": "MEX",
        "phones": "55 #### ####|+52 55 #### ####|33 #### ####|+52 1 81 #### ####|(55) ####-####",
        "mail": "gmail.com|hotmail.com|yahoo.com.mx|outlook.com|prodigy.net.mx",
        "natid": "mx",
        "dl": "@########|@@#########",
        "pp": "@########",
        "plate": "@@@-###-@|###-@@@",
        "co": "Seguros Atlántida S.A. de C.V.;segurosatlantida.mx|Inmobiliaria Los Álamos;losalamos.mx|"
        "Hospital Ángeles del Valle;angelesdelvalle.mx",
    },
    "es-AR": {
        "names": "la",
        "lang": "es",
        "num": "&#|&##|&###|&####",
        "unit": "|||, piso & depto. @|, &º @|, PB",
        "streets": "Av. Corrientes|Av. Santa Fe|Calle Florida|Av. Rivadavia|Defensa|Av. Cabildo|Lavalle|"
        "Av. Colón|Bv. Oroño|Güemes",
        "towns": "C14##@@@:CABA|C10##@@@:CABA|X5000:Córdoba|S2000:Rosario|M5500:Mendoza|"
        "B7600:Mar del Plata|T4000:San Miguel de Tucumán|B1900:La Plata",
        "st": "{s} {n}{u}",
        "country_n": "Argentina",
        "country": "Argentina",
        "nat_n": "argentina",
        "nat": "Argentine",
        "iso3": "ARG",
        "phones": "+54 9 11 ####-####|11 ####-####|011 15-####-####|+54 9 351 ###-####",
        "mail": "gmail.com|hotmail.com.ar|yahoo.com.ar|fibertel.com.ar",
        "natid": "ar",
        "dl": "&#.###.###",
        "pp": "@@@######",
        "plate": "@@ ### @@|@@@ ###",
        "co": "La Porteña Seguros;laportenaseguros.com.ar|Consultorios del Sur;consultoriosdelsur.com.ar",
    },
    "es-CO": {
        "names": "la",
        "lang": "es",
        "num": "No. &#-&#|No. &#@-&#|N.º &#-&#|No. &##-&#",
        "unit": "|||, Apto. &0&|, Casa &#|, Torre & Apto. &0&",
        "streets": "Calle 72|Carrera 7|Avenida Boyacá|Calle 26|Carrera 15|Transversal 23|Diagonal 40|"
        "Calle 10|Carrera 43A",
        "towns": "1100##:Bogotá D.C.|0500##:Medellín, Antioquia|7600##:Cali, Valle del Cauca|"
        "0800##:Barranquilla, Atlántico|1300##:Cartagena, Bolívar|6800##:Bucaramanga, Santander",
        "st": "{s} {n}{u}",
        "pt": "{t} {pc}",
        "country_n": "Colombia",
        "country": "Colombia",
        "nat_n": "colombiana",
        "nat": "Colombian",
        "iso3": "COL",
        "phones": "+57 3## ### ####|3## ### ####|601 ### ####|+57 601 ### ####",
        "mail": "gmail.com|hotmail.com|outlook.com|une.net.co",
        "natid": "co",
        "dl": "##########",
        "pp": "@@######",
        "plate": "@@@ ###",
        "co": "Seguros del Café;segurosdelcafe.co|Clínica Santa Fe de Antioquia;clinicasantafe.co",
    },
    "it-IT": {
        "names": "it",
        "lang": "it",
        "num": "&|&#|&#/@|&##",
        "unit": "||||, int. &|, scala @ int. &#",
        "streets": "Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Mazzini|Piazza della Repubblica|"
        "Via dei Mille|Viale Europa|Via Cavour|Via San Francesco d'Assisi|Vicolo del Pozzo|"
        "Via XX Settembre|Corso Buenos Aires|Via dei Tigli|Lungomare Colombo",
        "towns": "20###:Milano (MI)|00###:Roma (RM)|10###:Torino (TO)|80###:Napoli (NA)|"
        "40###:Bologna (BO)|50###:Firenze (FI)|90###:Palermo (PA)|16###:Genova (GE)|"
        "35###:Padova (PD)|70###:Bari (BA)|37###:Verona (VR)|09###:Cagliari (CA)",
        "st": "{s} {n}{u}",
        "country_n": "Italia",
        "country": "Italy",
        "nat_n": "italiana",
        "nat": "Italian",
        "iso3": "ITA",
        "phones": "3## ### ####|+39 3## ### ####|+39 3#########|06 #### ####|02 #### ####|"
        "347 #######",
        "mail": "gmail.com|libero.it|virgilio.it|alice.it|tiscali.it|hotmail.it|fastwebnet.it",
        "natid": "cf",
        "dl": "@@#######@",
        "pp": "@@#######",
        "iban": "IT",
        "plate": "@@ ###@@",
        "co": "Assicurazioni Fiorentine S.p.A.;assifiorentine.it|Studio Medico Santa Chiara;studiosantachiara.it|"
        "Immobiliare Il Portico;ilportico-immobiliare.it|Banca Popolare del Tirreno;bptirreno.it",
    },
    "pt-PT": {
        "names": "pt",
        "lang": "pt",
        "num": "&|&#|&##",
        "unit": "|, &.º Esq.|, &.º Dto.|, r/c|, &.º @",
        "streets": "Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|"
        "Rua das Flores|Avenida da Boavista|Largo do Rato|Rua Dom Pedro V|Praceta José Régio|"
        "Rua do Almada",
        "towns": "1&##-###:Lisboa|4&##-###:Porto|3000-###:Coimbra|4700-###:Braga|8000-###:Faro|"
        "2750-###:Cascais|3800-###:Aveiro|7000-###:Évora|9000-###:Funchal",
        "st": "{s}, {n}{u}",
        "country_n": "Portugal",
        "country": "Portugal",
        "nat_n": "portuguesa",
        "nat": "Portuguese",
        "iso3": "PRT",
        "phones": "9&# ### ###|+351 9&# ### ###|21# ### ###|+351 21# ### ###|22# ### ###",
        "mail": "sapo.pt|gmail.com|hotmail.com|netcabo.pt|outlook.pt",
        "natid": "pt",
        "dl": "@-####### #|@@-######",
        "pp": "@######",
        "iban": "PT",
        "plate": "@@-##-@@",
        "co": "Seguradora Atlântica;seguradora-atlantica.pt|Clínica do Rossio;clinicadorossio.pt",
    },
    "pt-BR": {
        "names": "br",
        "lang": "pt",
        "num": "&#|&##|&###|&#|&###",
        "unit": "|||, apto &#|, apto &0&, bloco @|, casa &",
        "streets": "Rua das Laranjeiras|Avenida Paulista|Rua Augusta|Rua da Consolação|Avenida Atlântica|"
        "Rua XV de Novembro|Avenida Sete de Setembro|Rua Oscar Freire|Travessa São José|"
        "Rua Barão de Itapetininga|Rua Padre Chagas",
        "towns": "01###-###:Bela Vista, São Paulo - SP|04###-###:Vila Mariana, São Paulo - SP|"
        "22###-###:Copacabana, Rio de Janeiro - RJ|30###-###:Savassi, Belo Horizonte - MG|"
        "40###-###:Barra, Salvador - BA|80###-###:Batel, Curitiba - PR|"
        "90###-###:Moinhos de Vento, Porto Alegre - RS|70###-###:Asa Sul, Brasília - DF|"
        "50###-###:Boa Viagem, Recife - PE",
        "st": "{s}, {n}{u}",
        "pt": "{t}, {pc}",
        "a1": "{st} - {pt}",
        "country_n": "Brasil",
        "country": "Brazil",
        "nat_n": "brasileira",
        "nat": "Brazilian",
        "iso3": "BRA",
        "phones": "(11) 9####-####|+55 11 9####-####|(21) 9####-####|+55 21 9####-####|(31) 3###-####",
        "mail": "gmail.com|hotmail.com|uol.com.br|bol.com.br|terra.com.br|yahoo.com.br",
        "natid": "cpf",
        "dl": "###########",
        "pp": "@@######",
        "iban": "BR",
        "plate": "@@@&@##|@@@-####",
        "co": "Seguradora Ipê Amarelo S.A.;ipeamarelo.com.br|Imobiliária Horizonte;imobhorizonte.com.br|"
        "Clínica Vida Plena;vidaplena.med.br",
    },
    "nl-NL": {
        "names": "nl",
        "lang": "nl",
        "num": "&|&#|&##",
        "unit": "|||@|-&|-@",
        "streets": "Kerkstraat|Dorpsstraat|Molenweg|Prinsengracht|Stationsweg|Julianalaan|Beatrixstraat|"
        "Oranjelaan|Herengracht|Nieuwe Binnenweg|Laan van Meerdervoort|Schoolstraat|"
        "Burgemeester de Withstraat|Koningsweg|Lindenlaan",
        "towns": "10&# @@:Amsterdam|30&# @@:Rotterdam|25&# @@:Den Haag|35&# @@:Utrecht|56&# @@:Eindhoven|"
        "97&# @@:Groningen|23&# @@:Leiden|65&# @@:Nijmegen|20&# @@:Haarlem|48&# @@:Breda|"
        "62&# @@:Maastricht",
        "country_n": "Nederland",
        "country": "Netherlands",
        "nat_n": "Nederlandse",
        "nat": "Dutch",
        "iso3": "NLD",
        "phones": "06-########|06 ## ## ## ##|+31 6 ########|+31 (0)6 ## ## ## ##|020-#######|010 ### ####",
        "mail": "gmail.com|ziggo.nl|kpnmail.nl|hotmail.nl|outlook.com|xs4all.nl|planet.nl",
        "natid": "bsn",
        "dl": "##########",
        "pp": "@@%%%%%%&",
        "iban": "NL",
        "plate": "@@-###-@|&-@@@-##",
        "co": "Zorgverzekeraar De Polder;depolder-zorg.nl|Woningcorporatie Eigen Haard;wc-eigenhaard.nl|"
        "Huisartsenpraktijk De Linde;hapdelinde.nl|Verhuizingen Van Dam B.V.;vandamverhuizingen.nl",
    },
    "pl-PL": {
        "names": "pl",
        "lang": "pl",
        "num": "&|&#|&#@|&##",
        "unit": "|||/&|/&#",
        "streets": "ul. Długa|ul. Marszałkowska|ul. Piotrkowska|al. Jerozolimskie|ul. Mickiewicza|"
        "ul. Kościuszki|ul. Słowackiego|ul. Polna|ul. Lipowa|ul. Floriańska|os. Tysiąclecia|"
        "ul. Świętokrzyska|ul. Grunwaldzka|ul. Ogrodowa|ul. Wierzbowa",
        "towns": "0&-&##:Warszawa|3&-&##:Kraków|9&-&##:Łódź|5&-&##:Wrocław|6&-&##:Poznań|"
        "80-&##:Gdańsk|70-&##:Szczecin|20-&##:Lublin|40-&##:Katowice|15-&##:Białystok|"
        "81-&##:Gdynia|87-100:Toruń",
        "country_n": "Polska",
        "country": "Poland",
        "nat_n": "polskie",
        "nat": "Polish",
        "iso3": "POL",
        "phones": "+48 5## ### ###|+48 6## ### ###|5## ### ###|6## ### ###|7## ### ###|22 ### ## ##|"
        "+48 22 ### ## ##|+48 12 ### ## ##",
        "mail": "wp.pl|o2.pl|onet.pl|interia.pl|gmail.com|op.pl|gazeta.pl",
        "natid": "pesel",
        "dl": "#####/##/####",
        "pp": "@@#######",
        "iban": "PL",
        "plate": "@@ #####|@@@ ##@@|W& ####@",
        "co": "Towarzystwo Ubezpieczeń Wisła S.A.;tu-wisla.pl|Przychodnia Zdrowie Plus;zdrowieplus.pl|"
        "Spółdzielnia Mieszkaniowa Słoneczna;sm-sloneczna.pl|Kancelaria Notarialna Nowicki;notariusz-nowicki.pl",
    },
    "cs-CZ": {
        "names": "cz",
        "lang": "cs",
        "num": "&#|&##/&#|&###/&|&/&#|&###/&#",
        "streets": "Národní|Vinohradská|Masarykova|Husova|Palackého|Na Příkopě|Karlova|Nádražní|"
        "Jiráskova|U Nemocnice|Sokolská|Pražská|Zahradní",
        "towns": "1&0 00:Praha|120 00:Praha 2|602 00:Brno|6&& 00:Brno|301 00:Plzeň|702 00:Ostrava|"
        "779 00:Olomouc|370 01:České Budějovice|460 01:Liberec|500 02:Hradec Králové",
        "country_n": "Česká republika",
        "country": "Czech Republic",
        "nat_n": "česká",
        "nat": "Czech",
        "iso3": "CZE",
        "phones": "+420 6## ### ###|+420 7## ### ###|7## ### ###|6## ### ###|2## ### ###",
        "mail": "seznam.cz|email.cz|centrum.cz|gmail.com|post.cz|volny.cz",
        "natid": "cz",
        "dl": "@@ ######",
        "pp": "########",
        "iban": "CZ",
        "plate": "&@& ####",
        "co": "Pojišťovna Vltava a.s.;pojistovna-vltava.cz|Poliklinika Karlín;poliklinika-karlin.cz|"
        "Realitní kancelář Domov;rk-domov.cz",
    },
    "sk-SK": {
        "names": "sk",
        "lang": "sk",
        "num": "&#|&##/&#|&###/&|&",
        "streets": "Obchodná|Hlavná|Štúrova|Hviezdoslavova|Mlynská|Námestie SNP|Záhradnícka|Kollárova|"
        "Jesenského|Poštová",
        "towns": "811 0&:Bratislava|821 0&:Bratislava|040 01:Košice|010 01:Žilina|974 01:Banská Bystrica|"
        "080 01:Prešov|949 01:Nitra|917 01:Trnava|911 01:Trenčín",
        "country_n": "Slovensko",
        "country": "Slovakia",
        "nat_n": "slovenská",
        "nat": "Slovak",
        "iso3": "SVK",
        "phones": "+421 9## ### ###|09## ### ###|02/### ### ##|+421 2 #### ####",
        "mail": "azet.sk|centrum.sk|gmail.com|zoznam.sk|post.sk",
        "natid": "sk",
        "dl": "@@######",
        "pp": "@@#######",
        "iban": "SK",
        "plate": "@@-###@@",
        "co": "Poisťovňa Tatry a.s.;poistovna-tatry.sk|Ambulancia MUDr. Kráľ;ambulancia-kral.sk",
    },
    "hu-HU": {
        "names": "hu",
        "lang": "hu",
        "num": "&.|&#.|&##.",
        "unit": "|||&. em. &.|fszt. &.|&. em. &#.",
        "streets": "Váci utca|Andrássy út|Rákóczi út|Kossuth Lajos utca|Petőfi Sándor utca|"
        "Dózsa György út|Bartók Béla út|Szabadság tér|Fő utca|Király utca|Arany János utca",
        "towns": "1&&#:Budapest|4026:Debrecen|6720:Szeged|7621:Pécs|9021:Győr|3530:Miskolc|"
        "8000:Székesfehérvár|6000:Kecskemét",
        "st": "{s} {n} {u}",
        "a1": "{pt}, {st}",
        "aml": "{t}\n{st}\n{pc}",
        "country_n": "Magyarország",
        "country": "Hungary",
        "nat_n": "magyar",
        "nat": "Hungarian",
        "iso3": "HUN",
        "phones": "+36 20 ### ####|+36 30 ### ####|06 30 ### ####|06 1 ### ####|+36 70 ### ####",
        "mail": "gmail.com|freemail.hu|citromail.hu|t-online.hu|hotmail.com",
        "natid": "hu",
        "dl": "@@######",
        "pp": "@@#######",
        "iban": "HU",
        "plate": "@@@-###|@@ @@-###",
        "co": "Duna Biztosító Zrt.;dunabiztosito.hu|Belvárosi Háziorvosi Rendelő;belvarosirendelo.hu",
    },
    "ro-RO": {
        "names": "ro",
        "lang": "ro",
        "num": "&|&#|&#@|&##",
        "unit": "|||, bl. @&, sc. &, et. &, ap. &#|, ap. &",
        "streets": "Str. Mihai Eminescu|Bd. Unirii|Calea Victoriei|Str. Avram Iancu|Str. Republicii|"
        "Bd. 21 Decembrie 1989|Str. Lipscani|Aleea Trandafirilor|Șos. Pantelimon|Str. Horea",
        "towns": "0&####:București|400###:Cluj-Napoca|700###:Iași|300###:Timișoara|500###:Brașov|"
        "900###:Constanța|410###:Oradea|550###:Sibiu",
        "st": "{s} nr. {n}{u}",
        "country_n": "România",
        "country": "Romania",
        "nat_n": "română",
        "nat": "Romanian",
        "iso3": "ROU",
        "phones": "07## ### ###|+40 7## ### ###|021 ### ####|+40 21 ### ####|0264 ### ###",
        "mail": "yahoo.com|gmail.com|yahoo.ro|hotmail.com",
        "natid": "ro",
        "dl": "&########",
        "pp": "&########",
        "iban": "RO",
        "plate": "B ###@@@|@@ ##@@@",
        "co": "Asigurări Carpați S.A.;asigurari-carpati.ro|Clinica Sfântul Andrei;clinicasfandrei.ro",
    },
    "bg-BG": {
        "names": "bg",
        "lang": "bg",
        "num": "№ &#~No. &#|№ &~No. &|№ &##~No. &##",
        "unit": "|||, ет. &, ап. &#~, et. &, ap. &#|, бл. &##, вх. @~, bl. &##, entr. @",
        "streets": "ул. Граф Игнатиев~ul. Graf Ignatiev|бул. Витоша~bul. Vitosha|ул. Шипка~ul. Shipka|"
        "бул. Христо Ботев~bul. Hristo Botev|ул. Раковски~ul. Rakovski|ул. Цар Симеон~ul. Tsar Simeon|"
        "бул. Мария Луиза~bul. Maria Luiza|ул. Алеко Константинов~ul. Aleko Konstantinov",
        "towns": "1000:София~Sofia|1&&#:София~Sofia|4000:Пловдив~Plovdiv|9000:Варна~Varna|"
        "8000:Бургас~Burgas|7000:Русе~Ruse|6000:Стара Загора~Stara Zagora|"
        "5000:Велико Търново~Veliko Tarnovo",
        "pt": "{pc} {t}",
        "country_n": "България",
        "country": "Bulgaria",
        "nat_n": "българско",
        "nat": "Bulgarian",
        "iso3": "BGR",
        "phones": "+359 88# ### ###|+359 89# ### ###|08## ### ###|02 ### ####",
        "mail": "abv.bg|mail.bg|gmail.com|dir.bg",
        "natid": "bg",
        "dl": "#########",
        "pp": "#########",
        "iban": "BG",
        "plate": "CA ####@@|PB ####@@",
        "co": "ЗК Балкан Иншурънс АД;balkan-ins.bg|МЦ Здраве ООД;mc-zdrave.bg",
    },
    "hr-HR": {
        "names": "hr",
        "lang": "hr",
        "num": "&|&#|&#@|&##",
        "streets": "Ilica|Vukovarska ulica|Ulica kralja Zvonimira|Savska cesta|Frankopanska ulica|"
        "Ulica Ivana Gundulića|Put Supavla|Marmontova ulica|Zagrebačka cesta",
        "towns": "10000:Zagreb|10&&0:Zagreb|21000:Split|51000:Rijeka|31000:Osijek|23000:Zadar|"
        "20000:Dubrovnik|52100:Pula",
        "country_n": "Hrvatska",
        "country": "Croatia",
        "nat_n": "hrvatsko",
        "nat": "Croatian",
        "iso3": "HRV",
        "phones": "+385 9& ### ####|09& ### ####|01 ### ####|+385 1 ### ####",
        "mail": "gmail.com|net.hr|t-com.hr|hotmail.com",
        "natid": "hr",
        "dl": "########",
        "pp": "#########",
        "iban": "HR",
        "plate": "ZG ####-@@|ST ###-@",
        "co": "Jadran osiguranje d.d.;jadran-osiguranje.hr|Poliklinika Sveti Duh;poliklinika-svduh.hr",
    },
    "sr-RS": {
        "names": "sr",
        "lang": "sr",
        "num": "&#~&#|&~&|&##~&##",
        "unit": "|||/&~/&|, стан &#~, stan &#",
        "streets": "Кнеза Михаила~Kneza Mihaila|Булевар краља Александра~Bulevar kralja Aleksandra|"
        "Немањина~Nemanjina|Таковска~Takovska|Змај Јовина~Zmaj Jovina|"
        "Булевар ослобођења~Bulevar oslobođenja|Његошева~Njegoševa|Цара Душана~Cara Dušana",
        "towns": "11000:Београд~Beograd|21000:Нови Сад~Novi Sad|18000:Ниш~Niš|"
        "34000:Крагујевац~Kragujevac|24000:Суботица~Subotica|11&&0:Београд~Beograd",
        "country_n": "Србија",
        "country": "Serbia",
        "nat_n": "српско",
        "nat": "Serbian",
        "iso3": "SRB",
        "phones": "+381 6# ### ####|06# ### ####|011 ### ####|+381 11 ### ####",
        "mail": "gmail.com|yahoo.com|eunet.rs|mts.rs",
        "natid": "rs",
        "dl": "#########",
        "pp": "#########",
        "plate": "BG ###-@@|NS ###-@@",
        "co": "Дунав осигурање;dunav-osiguranje.rs|Дом здравља Врачар;dzvracar.rs",
    },
    "sl-SI": {
        "names": "sl",
        "lang": "sl",
        "num": "&|&#|&#@",
        "streets": "Slovenska cesta|Trubarjeva cesta|Čopova ulica|Prešernov trg|Dunajska cesta|"
        "Celovška cesta|Gosposvetska ulica|Partizanska cesta",
        "towns": "1000:Ljubljana|2000:Maribor|3000:Celje|4000:Kranj|6000:Koper|8000:Novo mesto|6320:Portorož",
        "country_n": "Slovenija",
        "country": "Slovenia",
        "nat_n": "slovensko",
        "nat": "Slovenian",
        "iso3": "SVN",
        "phones": "+386 4# ### ###|04# ### ###|031 ### ###|+386 31 ### ###|01 ### ## ##",
        "mail": "gmail.com|siol.net|t-2.net|amis.net",
        "natid": "si",
        "dl": "########",
        "pp": "P@#######",
        "iban": "SI",
        "plate": "LJ @@-###",
        "co": "Zavarovalnica Triglav Alpe;triglav-alpe.si|Zdravstveni dom Bežigrad;zd-bezigrad.si",
    },
    "el-GR": {
        "names": "gr",
        "lang": "el",
        "num": "&~&|&#~&#|&##~&##",
        "streets": "Ερμού~Ermou|Λεωφόρος Συγγρού~Leoforos Syngrou|Πανεπιστημίου~Panepistimiou|"
        "Αγίου Δημητρίου~Agiou Dimitriou|Τσιμισκή~Tsimiski|Ακαδημίας~Akadimias|Πατησίων~Patision|"
        "Βασιλίσσης Σοφίας~Vasilissis Sofias|Εγνατία~Egnatia|Κηφισίας~Kifisias",
        "towns": "10& ##:Αθήνα~Athens|11& ##:Αθήνα~Athens|54& ##:Θεσσαλονίκη~Thessaloniki|"
        "26& ##:Πάτρα~Patras|71& ##:Ηράκλειο~Heraklion|41& ##:Λάρισα~Larissa|38& ##:Βόλος~Volos|"
        "45& ##:Ιωάννινα~Ioannina|18& ##:Πειραιάς~Piraeus",
        "country_n": "Ελλάδα",
        "country": "Greece",
        "nat_n": "Ελληνική",
        "nat": "Greek",
        "iso3": "GRC",
        "phones": "+30 69# ### ####|69# ### ####|21# ### ####|+30 21# ### ####|2310 ######",
        "mail": "gmail.com|yahoo.gr|hotmail.com|otenet.gr|windowslive.com",
        "natid": "gr",
        "dl": "#########",
        "pp": "@@#######",
        "iban": "GR",
        "plate": "@@@-####",
        "co": "Ασφαλιστική Αιγαίου Α.Ε.;aigaiou-asfalistiki.gr|Ιατρείο Παθολογίας Κηφισιάς;iatreio-kifisias.gr",
    },
    "tr-TR": {
        "names": "tr",
        "lang": "tr",
        "num": "&|&#|&#/@|&##",
        "unit": "|||D: &|Daire: &#|Kat: & D: &",
        "streets": "Cumhuriyet Cad.|İstiklal Cad.|Atatürk Bulvarı|Bağdat Cad.|Gazi Mustafa Kemal Bulvarı|"
        "Menekşe Sok.|Lale Sok.|İnönü Cad.|Kazım Karabekir Cad.|Barbaros Bulvarı|Moda Cad.",
        "towns": "34&##:Kadıköy/İstanbul|34&##:Beşiktaş/İstanbul|06&##:Çankaya/Ankara|"
        "35&##:Karşıyaka/İzmir|16&##:Nilüfer/Bursa|07&##:Muratpaşa/Antalya|42&##:Selçuklu/Konya|"
        "01&##:Seyhan/Adana",
        "st": "{s} No: {n} {u}",
        "country_n": "Türkiye",
        "country": "Türkiye",
        "nat_n": "T.C.",
        "nat": "Turkish",
        "iso3": "TUR",
        "phones": "05## ### ## ##|+90 5## ### ## ##|0 (5##) ### ## ##|0212 ### ## ##|+90 312 ### ## ##",
        "mail": "gmail.com|hotmail.com|yandex.com.tr|outlook.com|yahoo.com",
        "natid": "tckn",
        "dl": "######",
        "pp": "U########",
        "iban": "TR",
        "plate": "34 @@@ ###|06 @ ####|35 @@ ###",
        "co": "Anadolu Güvence Sigorta A.Ş.;anadoluguvence.com.tr|Özel Marmara Tıp Merkezi;marmaratip.com.tr|"
        "Boğaziçi Emlak;bogaziciemlak.com.tr",
    },
    "ru-RU": {
        "names": "ru",
        "lang": "ru",
        "num": "д. &#~d. &#|д. &~d. &|д. &#, корп. &~d. &#, bldg. &|д. &#, стр. &~d. &#, str. &",
        "unit": "|, кв. &#~, apt. &#|, кв. &##~, apt. &##|, кв. &~, apt. &",
        "streets": "ул. Тверская~ul. Tverskaya|ул. Ленина~ul. Lenina|пр-т Мира~pr-t Mira|"
        "ул. Садовая~ul. Sadovaya|Невский пр-т~Nevsky pr-t|ул. Гагарина~ul. Gagarina|"
        "ул. Советская~ul. Sovetskaya|ул. Пушкина~ul. Pushkina|Ленинградское ш.~Leningradskoye sh.|"
        "ул. Малая Бронная~ul. Malaya Bronnaya|ул. Профсоюзная~ul. Profsoyuznaya",
        "towns": "1&####:Москва~Moscow|19####:Санкт-Петербург~Saint Petersburg|"
        "63####:Новосибирск~Novosibirsk|62####:Екатеринбург~Yekaterinburg|42####:Казань~Kazan|"
        "60####:Нижний Новгород~Nizhny Novgorod|35####:Краснодар~Krasnodar|44####:Самара~Samara",
        "st": "{s}, {n}{u}",
        "pt": "{pc}, г. {t}",
        "a1": "{pc}, г. {t}, {st}",
        "aml": "{st}\n{pc}, г. {t}",
        "pt_l": "{t} {pc}",
        "a1_l": "{st}, {t} {pc}",
        "country_n": "Россия",
        "country": "Russia",
        "nat_n": "Российская Федерация",
        "nat": "Russian",
        "iso3": "RUS",
        "phones": "+7 9## ###-##-##|8 (9##) ###-##-##|+7 (495) ###-##-##|89#########|+7 9#########",
        "mail": "mail.ru|yandex.ru|gmail.com|rambler.ru|bk.ru|list.ru",
        "natid": "snils",
        "dl": "## ## ######",
        "pp": "## ## ######|&# #######",
        "plate": "@###@@ ##&",
        "co": "АО «Страховая компания Северная»;sk-severnaya.ru|ООО «Медцентр Здоровье»;medzdorovie.ru|"
        "ООО «УК Жилсервис»;uk-zhilservis.ru",
    },
    "uk-UA": {
        "names": "ua",
        "lang": "uk",
        "num": "буд. &#~bud. &#|буд. &~bud. &|буд. &#а~bud. &#a",
        "unit": "|, кв. &#~, apt. &#|, кв. &~, apt. &",
        "streets": "вул. Хрещатик~vul. Khreshchatyk|вул. Шевченка~vul. Shevchenka|"
        "просп. Перемоги~prosp. Peremohy|вул. Грушевського~vul. Hrushevskoho|"
        "вул. Степана Бандери~vul. Stepana Bandery|бульв. Лесі Українки~bulv. Lesi Ukrainky|"
        "вул. Городоцька~vul. Horodotska|вул. Дерибасівська~vul. Derybasivska",
        "towns": "0&###:Київ~Kyiv|79###:Львів~Lviv|65###:Одеса~Odesa|61###:Харків~Kharkiv|"
        "49###:Дніпро~Dnipro|21###:Вінниця~Vinnytsia|76###:Івано-Франківськ~Ivano-Frankivsk",
        "st": "{s}, {n}{u}",
        "pt": "м. {t}, {pc}",
        "pt_l": "{t} {pc}",
        "country_n": "Україна",
        "country": "Ukraine",
        "nat_n": "Україна",
        "nat": "Ukrainian",
        "iso3": "UKR",
        "phones": "+380 6# ### ## ##|+380 9# ### ## ##|+380 50 ### ## ##|0## ### ## ##|(044) ###-##-##",
        "mail": "ukr.net|gmail.com|i.ua|meta.ua",
        "natid": "ua",
        "dl": "@@@ ######",
        "pp": "@@######|#########",
        "iban": "UA",
        "plate": "AA ####@@",
        "co": "СК «Дніпро-Гарант»;dnipro-garant.ua|Медичний центр «Добробут-Схід»;dobrobut-shid.ua",
    },
    "sv-SE": {
        "names": "se",
        "lang": "sv",
        "num": "&|&#|&#@",
        "unit": "|||, lgh 1&0&",
        "streets": "Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Sveavägen|Björkvägen|Skolgatan|"
        "Hamngatan|Ringvägen|Linnégatan|Järnvägsgatan|Östra Långgatan",
        "towns": "1&& ##:Stockholm|41& ##:Göteborg|21& ##:Malmö|75& ##:Uppsala|58& ##:Linköping|"
        "70& ##:Örebro|90& ##:Umeå|22& ##:Lund",
        "country_n": "Sverige",
        "country": "Sweden",
        "nat_n": "svensk",
        "nat": "Swedish",
        "iso3": "SWE",
        "phones": "07# ### ## ##|+46 7# ### ## ##|08-### ## ##|+46 8 ### ## ##|070-### ## ##",
        "mail": "gmail.com|telia.com|hotmail.se|outlook.com|bredband.net",
        "natid": "se",
        "dl": "########",
        "pp": "########",
        "iban": "SE",
        "plate": "@@@ ##@|@@@ ###",
        "co": "Försäkringsbolaget Norrsken;norrsken-forsakring.se|Vårdcentralen Linden;vc-linden.se|"
        "Bostads AB Vasahem;vasahem.se",
    },
    "da-DK": {
        "names": "dk",
        "lang": "da",
        "num": "&|&#|&#@",
        "unit": "||, &. th.|, &. tv.|, st. th.|, &. sal",
        "streets": "Vesterbrogade|Nørrebrogade|Strandvejen|Østergade|Jernbanegade|Skovvej|Kirkevej|"
        "Søndergade|Amagerbrogade|Bredgade",
        "towns": "1&&&:København K|2100:København Ø|8000:Aarhus C|5000:Odense C|9000:Aalborg|6700:Esbjerg|"
        "7100:Vejle|2200:København N|4000:Roskilde",
        "country_n": "Danmark",
        "country": "Denmark",
        "nat_n": "dansk",
        "nat": "Danish",
        "iso3": "DNK",
        "phones": "+45 ## ## ## ##|## ## ## ##|+45 ########",
        "mail": "gmail.com|hotmail.dk|outlook.dk|jubii.dk|mail.dk",
        "natid": "dk",
        "dl": "########",
        "pp": "#########",
        "iban": "DK",
        "plate": "@@ ## ###",
        "co": "Forsikringsselskabet Øresund;oeresund-forsikring.dk|Lægehuset Nørreport;laegehuset-np.dk",
    },
    "nb-NO": {
        "names": "no",
        "lang": "nb",
        "num": "&|&#|&#@",
        "unit": "|||, leil. H&0&",
        "streets": "Storgata|Karl Johans gate|Kirkeveien|Bygdøy allé|Thorvald Meyers gate|Bryggen|"
        "Skolegata|Løkkeveien|Sandviksveien|Markveien",
        "towns": "0&##:Oslo|50##:Bergen|70##:Trondheim|40##:Stavanger|90##:Tromsø|46##:Kristiansand|"
        "30##:Drammen",
        "country_n": "Norge",
        "country": "Norway",
        "nat_n": "norsk",
        "nat": "Norwegian",
        "iso3": "NOR",
        "phones": "+47 4# ## ## ##|+47 9# ## ## ##|4## ## ###|9## ## ###|22 ## ## ##",
        "mail": "gmail.com|online.no|hotmail.no|outlook.com|live.no",
        "natid": "no",
        "dl": "## ## ###### #",
        "pp": "@@&######",
        "iban": "NO",
        "plate": "@@ #####",
        "co": "Fjordforsikring AS;fjordforsikring.no|Legesenteret Majorstuen;legesenteret-majorstuen.no",
    },
    "fi-FI": {
        "names": "fi",
        "lang": "fi",
        "num": "&|&#",
        "unit": "|||@ &#|@ &|as. &",
        "streets": "Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Koivukuja|Rantatie|Kirkkokatu|Puistokatu|"
        "Kauppakatu|Mäkelänkatu|Satamakatu",
        "towns": "00&#0:Helsinki|33&#0:Tampere|20&#0:Turku|90&#0:Oulu|40&#0:Jyväskylä|02&#0:Espoo|"
        "70&#0:Kuopio|15&#0:Lahti",
        "st": "{s} {n} {u}",
        "country_n": "Suomi",
        "country": "Finland",
        "nat_n": "Suomi",
        "nat": "Finnish",
        "iso3": "FIN",
        "phones": "+358 4# ### ####|04# ### ####|050 ### ####|09 ### ####",
        "mail": "gmail.com|elisanet.fi|luukku.com|outlook.com|kolumbus.fi",
        "natid": "fi",
        "dl": "########",
        "pp": "@@#######",
        "iban": "FI",
        "plate": "@@@-###",
        "co": "Vakuutusyhtiö Kaleva;kaleva-vakuutus.fi|Terveysasema Kallio;ta-kallio.fi",
    },
    "is-IS": {
        "names": "is",
        "lang": "is",
        "num": "&|&#|&#@",
        "streets": "Laugavegur|Skólavörðustígur|Hverfisgata|Bankastræti|Suðurgata|Hringbraut|Tryggvagata|"
        "Álfheimar|Kirkjubraut|Strandgata",
        "towns": "101:Reykjavík|105:Reykjavík|107:Reykjavík|200:Kópavogur|220:Hafnarfjörður|"
        "600:Akureyri|800:Selfoss|230:Reykjanesbær",
        "country_n": "Ísland",
        "country": "Iceland",
        "nat_n": "íslenskur",
        "nat": "Icelandic",
        "iso3": "ISL",
        "phones": "+354 ### ####|&## ####|6## ####|8## ####",
        "mail": "simnet.is|gmail.com|internet.is|visir.is",
        "natid": "is",
        "dl": "#########",
        "pp": "@#######",
        "iban": "IS",
        "plate": "@@ @##",
        "co": "Tryggingafélagið Hekla;hekla-tryggingar.is|Heilsugæslan Miðbæ;hg-midbae.is",
    },
    "et-EE": {
        "names": "ee",
        "lang": "et",
        "num": "&|&#|&#@|&#-&#",
        "streets": "Narva mnt|Pärnu mnt|Tartu mnt|Viru tn|Rüütli tn|Kalevi tn|Mere pst|Tähe tn|Riia tn|Lai tn",
        "towns": "10&##:Tallinn|50&##:Tartu|80&##:Pärnu|20&##:Narva|41&##:Jõhvi|90&##:Haapsalu|"
        "71&##:Viljandi",
        "country_n": "Eesti",
        "country": "Estonia",
        "nat_n": "Eesti",
        "nat": "Estonian",
        "iso3": "EST",
        "phones": "+372 5### ####|5### ####|+372 6## ####",
        "mail": "gmail.com|hot.ee|mail.ee|online.ee",
        "natid": "ee",
        "dl": "@@######",
        "pp": "K#######",
        "iban": "EE",
        "plate": "### @@@",
        "co": "Kindlustus Läänemeri AS;laanemeri-kindlustus.ee|Kesklinna Perearstikeskus;kpak.ee",
    },
    "lv-LV": {
        "names": "lv",
        "lang": "lv",
        "num": "&|&#|&#@|&# k-&",
        "unit": "|||-&|-&#",
        "streets": "Brīvības iela|Elizabetes iela|Krišjāņa Barona iela|Tērbatas iela|Lāčplēša iela|"
        "Dzirnavu iela|Gertrūdes iela|Rīgas iela|Skolas iela",
        "towns": "LV-10&#:Rīga|LV-30&#:Jelgava|LV-54&#:Daugavpils|LV-34&#:Liepāja|LV-20&#:Jūrmala|"
        "LV-36&#:Ventspils|LV-42&#:Valmiera",
        "pt": "{t}, {pc}",
        "country_n": "Latvija",
        "country": "Latvia",
        "nat_n": "Latvijas",
        "nat": "Latvian",
        "iso3": "LVA",
        "phones": "+371 2# ### ###|2#######|+371 67 ### ###",
        "mail": "inbox.lv|gmail.com|apollo.lv|one.lv",
        "natid": "lv",
        "dl": "@@######",
        "pp": "LV#######",
        "iban": "LV",
        "plate": "@@-####",
        "co": "Apdrošināšana Daugava AS;daugava-apdrosinasana.lv|Ģimenes ārsta prakse Zariņa;prakse-zarina.lv",
    },
    "lt-LT": {
        "names": "lt",
        "lang": "lt",
        "num": "&|&#|&#@|&#-&#",
        "streets": "Gedimino pr.|Vilniaus g.|Laisvės al.|Pilies g.|Konstitucijos pr.|Savanorių pr.|"
        "Didžioji g.|Taikos pr.|Žalgirio g.",
        "towns": "LT-01&##:Vilnius|LT-09&##:Vilnius|LT-44&##:Kaunas|LT-92&##:Klaipėda|LT-76&##:Šiauliai|"
        "LT-35&##:Panevėžys|LT-62&##:Alytus",
        "country_n": "Lietuva",
        "country": "Lithuania",
        "nat_n": "Lietuvos",
        "nat": "Lithuanian",
        "iso3": "LTU",
        "phones": "+370 6## #####|86## #####|8 5 ### ####|+370 5 ### ####",
        "mail": "gmail.com|one.lt|inbox.lt|delfi.lt",
        "natid": "lt",
        "dl": "########",
        "pp": "########",
        "iban": "LT",
        "plate": "@@@ ###",
        "co": "Draudimo bendrovė Nemunas;nemunas-draudimas.lt|Šeimos klinika Sveikata;sveikata-klinika.lt",
    },
    "ja-JP": {
        "names": "jp",
        "lang": "ja",
        "num": "&丁目&番&号~&-&-&|&丁目&#番&#号~&-&#-&#|&#番地&~&#-&|&丁目&#-&~&-&#-&",
        "unit": "|||コーポ桜&0&号室~Corpo Sakura &0&|メゾン青葉&0&~Maison Aoba &0&|"
        "グランドハイツ&0&号~Grand Heights &0&|サンライズ&#階~Sunrise &#F",
        "streets": "西新宿~Nishi-Shinjuku|本町~Honcho|栄~Sakae|梅田~Umeda|神宮前~Jingumae|中央~Chuo|"
        "桜丘町~Sakuragaoka-cho|北浜~Kitahama|天神~Tenjin|大通西~Odori-nishi|"
        "緑が丘~Midorigaoka|若葉町~Wakaba-cho",
        "towns": "16#-####:東京都新宿区~Shinjuku-ku, Tokyo|15#-####:東京都渋谷区~Shibuya-ku, Tokyo|"
        "53#-####:大阪府大阪市北区~Kita-ku, Osaka|46#-####:愛知県名古屋市中区~Naka-ku, Nagoya, Aichi|"
        "81#-####:福岡県福岡市中央区~Chuo-ku, Fukuoka|06#-####:北海道札幌市中央区~Chuo-ku, Sapporo|"
        "22#-####:神奈川県横浜市西区~Nishi-ku, Yokohama|60#-####:京都府京都市中京区~Nakagyo-ku, Kyoto|"
        "98#-####:宮城県仙台市青葉区~Aoba-ku, Sendai",
        "st": "{s}{n} {u}",
        "pt": "〒{pc} {t}",
        "a1": "〒{pc} {t}{s}{n} {u}",
        "aml": "〒{pc}\n{t}{s}{n} {u}",
        "st_l": "{u}, {n} {s}",
        "pt_l": "{t} {pc}",
        "a1_l": "{u}, {n} {s}, {t} {pc}",
        "aml_l": "{u}, {n} {s}\n{t} {pc}",
        "country_n": "日本",
        "country": "Japan",
        "nat_n": "日本",
        "nat": "Japanese",
        "iso3": "JPN",
        "phones": "090-####-####|080-####-####|070-####-####|03-####-####|06-####-####|"
        "+81 90-####-####|+81 3-####-####",
        "mail": "gmail.com|yahoo.co.jp|docomo.ne.jp|ezweb.ne.jp|icloud.com|nifty.com",
        "natid": "jp",
        "dl": "############|第############号",
        "pp": "@@#######",
        "plate": "品川 3&& さ ##-##|なにわ 5&& あ &-###",
        "co": "株式会社さくら不動産;sakura-fudosan.co.jp|東和損害保険株式会社;towa-sonpo.co.jp|"
        "医療法人青葉会 青葉クリニック;aoba-clinic.jp|株式会社ミドリ運輸;midori-unyu.co.jp",
    },
    "zh-CN": {
        "names": "cn",
        "lang": "zh",
        "num": "&#号~No. &#|&##号~No. &##|&#弄&#号~Lane &#, No. &#",
        "unit": "||&栋&0&室~Bldg &, Rm &0&|&#号楼&单元&0&~Bldg &#, Unit &, Rm &0&|&#0&室~Rm &#0&",
        "streets": "张杨路~Zhangyang Road|南京西路~West Nanjing Road|建国门外大街~Jianguomenwai Street|"
        "天河路~Tianhe Road|人民路~Renmin Road|解放大道~Jiefang Avenue|中山北路~North Zhongshan Road|"
        "科技园南路~Science Park South Road|文三路~Wensan Road|淮海中路~Middle Huaihai Road",
        "towns": "200###:上海市浦东新区~Pudong New Area, Shanghai|200###:上海市静安区~Jing'an District, Shanghai|"
        "100###:北京市朝阳区~Chaoyang District, Beijing|510###:广东省广州市天河区~Tianhe District, Guangzhou|"
        "518###:广东省深圳市南山区~Nanshan District, Shenzhen|310###:浙江省杭州市西湖区~Xihu District, Hangzhou|"
        "610###:四川省成都市武侯区~Wuhou District, Chengdu|430###:湖北省武汉市江汉区~Jianghan District, Wuhan",
        "st": "{s}{n}{u}",
        "pt": "{t} {pc}",
        "a1": "{t}{s}{n}{u}",
        "aml": "{t}{s}{n}{u}\n邮编：{pc}",
        "st_l": "{u}, {n} {s}",
        "pt_l": "{t} {pc}",
        "a1_l": "{u}, {n} {s}, {t} {pc}",
        "country_n": "中国",
        "country": "China",
        "nat_n": "中国",
        "nat": "Chinese",
        "iso3": "CHN",
        "phones": "13# #### ####|15#-####-####|18#########|+86 13# #### ####|+86 139 #### ####|"
        "010-########|021-########",
        "mail": "qq.com|163.com|126.com|sina.com|foxmail.com|outlook.com",
        "natid": "cn",
        "dl": "&#################",
        "pp": "E&#######|EA#######",
        "plate": "沪@·####&|京@·%%%%%|粤B·%%%%%",
        "co": "上海浦江物业管理有限公司;pujiang-wy.cn|平和财产保险股份有限公司;pinghe-ins.cn|"
        "杭州西湖口腔诊所;xihu-dental.cn|深圳顺达物流有限公司;shunda-wl.cn",
    },
    "zh-TW": {
        "names": "tw",
        "lang": "zh",
        "num": "&#號~No. &#|&##號~No. &##|&#巷&#號~Ln. &#, No. &#|&#巷&弄&號~Ln. &#, Aly. &, No. &",
        "unit": "||&樓~&F.|&#樓之&~&#F.-&",
        "streets": "忠孝東路四段~Sec. 4, Zhongxiao E. Rd.|信義路五段~Sec. 5, Xinyi Rd.|"
        "中山北路二段~Sec. 2, Zhongshan N. Rd.|民生東路三段~Sec. 3, Minsheng E. Rd.|"
        "復興南路一段~Sec. 1, Fuxing S. Rd.|文化路~Wenhua Rd.|中正路~Zhongzheng Rd.|公益路~Gongyi Rd.",
        "towns": "106:臺北市大安區~Da'an Dist., Taipei City|110:臺北市信義區~Xinyi Dist., Taipei City|"
        "104:臺北市中山區~Zhongshan Dist., Taipei City|300:新竹市東區~East Dist., Hsinchu City|"
        "403:臺中市西區~West Dist., Taichung City|800:高雄市新興區~Xinxing Dist., Kaohsiung City|"
        "220:新北市板橋區~Banqiao Dist., New Taipei City|701:臺南市東區~East Dist., Tainan City",
        "st": "{s}{n}{u}",
        "pt": "{pc}{t}",
        "a1": "{pc}{t}{s}{n}{u}",
        "aml": "{pc}\n{t}{s}{n}{u}",
        "st_l": "{u}, {n}, {s}",
        "pt_l": "{t} {pc}",
        "a1_l": "{u}, {n}, {s}, {t} {pc}",
        "country_n": "臺灣",
        "country": "Taiwan",
        "nat_n": "中華民國",
        "nat": "Taiwanese",
        "iso3": "TWN",
        "phones": "09##-###-###|09########|+886 9##-###-###|+886 9## ### ###|(02) ####-####|02-####-####",
        "mail": "gmail.com|yahoo.com.tw|hotmail.com|hinet.net|pchome.com.tw",
        "natid": "tw",
        "dl": "@&########",
        "pp": "3########",
        "plate": "@@@-####",
        "co": "國泰安心產物保險股份有限公司;anxin-ins.com.tw|大安家醫科診所;daan-clinic.com.tw",
    },
    "ko-KR": {
        "names": "kr",
        "lang": "ko",
        "num": "&#~&#|&##~&##|&#-&~&#-&|&###~&###",
        "unit": "||, &#&동 &0&호~, Bldg &#&, Unit &0&|, &층~, &F|, &0&호~, Unit &0&",
        "streets": "테헤란로~Teheran-ro|세종대로~Sejong-daero|올림픽로~Olympic-ro|해운대로~Haeundae-ro|"
        "중앙대로~Jungang-daero|강남대로~Gangnam-daero|도산대로~Dosan-daero|"
        "월드컵북로~World Cup buk-ro|판교역로~Pangyoyeok-ro",
        "towns": "06###:서울특별시 강남구~Gangnam-gu, Seoul|04###:서울특별시 중구~Jung-gu, Seoul|"
        "05###:서울특별시 송파구~Songpa-gu, Seoul|48###:부산광역시 해운대구~Haeundae-gu, Busan|"
        "13###:경기도 성남시 분당구~Bundang-gu, Seongnam-si, Gyeonggi-do|41###:대구광역시 중구~Jung-gu, Daegu|"
        "61###:광주광역시 서구~Seo-gu, Gwangju|35###:대전광역시 유성구~Yuseong-gu, Daejeon",
        "st": "{s} {n}{u}",
        "pt": "({pc}) {t}",
        "a1": "{t} {s} {n}{u}",
        "aml": "({pc})\n{t} {s} {n}{u}",
        "st_l": "{n} {s}{u}",
        "pt_l": "{t} {pc}",
        "a1_l": "{n} {s}{u}, {t} {pc}",
        "country_n": "대한민국",
        "country": "Republic of Korea",
        "nat_n": "대한민국",
        "nat": "Korean",
        "iso3": "KOR",
        "phones": "010-####-####|+82 10-####-####|02-###-####|031-###-####|+82 2-####-####",
        "mail": "naver.com|daum.net|gmail.com|kakao.com|hanmail.net|nate.com",
        "natid": "kr",
        "dl": "##-##-######-##",
        "pp": "M&#######",
        "plate": "&#가 ####|&##나 ####",
        "co": "한빛손해보험㈜;hanbit-ins.co.kr|서울하나병원;seoulhana-hosp.kr|㈜새봄부동산;saebom-re.kr",
    },
    "ar-SA": {
        "names": "arab",
        "lang": "ar",
        "num": "&###~&###",
        "unit": "|||، وحدة &~, Unit &",
        "streets": "طريق الملك فهد~King Fahd Road|شارع التحلية~Tahlia Street|"
        "شارع الأمير سلطان~Prince Sultan Street|طريق الملك عبدالعزيز~King Abdulaziz Road|"
        "شارع العليا~Olaya Street|شارع الستين~Al-Sitteen Street|طريق المدينة~Madinah Road",
        "towns": "12###:حي العليا، الرياض~Al Olaya, Riyadh|11###:حي الملز، الرياض~Al Malaz, Riyadh|"
        "23###:حي الروضة، جدة~Al Rawdah, Jeddah|32###:حي الفيصلية، الدمام~Al Faisaliyah, Dammam|"
        "42###:حي قباء، المدينة المنورة~Quba, Madinah|24###:حي العزيزية، مكة المكرمة~Al Aziziyah, Makkah",
        "st": "{n} {s}{u}",
        "pt": "{t} {pc}",
        "a1": "{st}، {pt}",
        "a1_l": "{st}, {pt}",
        "country_n": "المملكة العربية السعودية",
        "country": "Saudi Arabia",
        "nat_n": "سعودي",
        "nat": "Saudi",
        "iso3": "SAU",
        "phones": "05# ### ####|+966 5# ### ####|+966 5########|011 ### ####",
        "mail": "gmail.com|hotmail.com|outlook.sa|yahoo.com",
        "natid": "sa",
        "dl": "1#########",
        "pp": "@########",
        "iban": "SA",
        "co": "شركة التعاون للتأمين;altaawun-ins.sa|مستشفى النخيل التخصصي;alnakheel-hosp.sa",
    },
    "ar-AE": {
        "names": "arab",
        "lang": "ar",
        "num": "فيلا &#~Villa &#|شقة &#0&~Apartment &#0&|مبنى &#~Building &#",
        "streets": "شارع الشيخ زايد~Sheikh Zayed Road|شارع الوصل~Al Wasl Road|شارع الكورنيش~Corniche Road|"
        "شارع الحمراء~Al Hamra Street|شارع خليفة~Khalifa Street|شارع الجميرا~Jumeirah Street",
        "towns": ":البرشاء، دبي~Al Barsha, Dubai|:الخالدية، أبوظبي~Al Khalidiyah, Abu Dhabi|"
        ":المجاز، الشارقة~Al Majaz, Sharjah|:جميرا، دبي~Jumeirah, Dubai|:مرسى دبي~Dubai Marina",
        "st": "{n}، {s}",
        "st_l": "{n}, {s}",
        "pt": "{t}",
        "a1": "{st}، {pt}",
        "a1_l": "{st}, {pt}",
        "country_n": "الإمارات العربية المتحدة",
        "country": "United Arab Emirates",
        "nat_n": "إماراتي",
        "nat": "Emirati",
        "iso3": "ARE",
        "phones": "05# ### ####|+971 5# ### ####|+971 4 ### ####|04 ### ####",
        "mail": "gmail.com|emirates.net.ae|hotmail.com|outlook.com",
        "natid": "ae",
        "dl": "#######",
        "pp": "@#######",
        "iban": "AE",
        "co": "الخليج للتأمين ش.م.ع;gulf-ins.ae|عيادة الواحة الطبية;alwaha-clinic.ae",
    },
    "ar-EG": {
        "names": "egy",
        "lang": "ar",
        "num": "&#~&#|&~&|&##~&##",
        "unit": "|، الدور &، شقة &#~, Floor &, Apt &#|، شقة &~, Apt &",
        "streets": "شارع التحرير~El Tahrir St.|شارع جامعة الدول العربية~Gameat El Dowal El Arabeya St.|"
        "شارع الهرم~El Haram St.|شارع طلعت حرب~Talaat Harb St.|شارع مصطفى النحاس~Mostafa El Nahas St.|"
        "شارع عباس العقاد~Abbas El Akkad St.|شارع فؤاد~Fouad St.",
        "towns": "12###:الدقي، الجيزة~Dokki, Giza|11###:مدينة نصر، القاهرة~Nasr City, Cairo|"
        "11###:الزمالك، القاهرة~Zamalek, Cairo|21###:سموحة، الإسكندرية~Smouha, Alexandria|"
        "12###:المهندسين، الجيزة~Mohandessin, Giza|11###:مصر الجديدة، القاهرة~Heliopolis, Cairo",
        "st": "{n} {s}{u}",
        "pt": "{t} {pc}",
        "a1": "{st}، {pt}",
        "a1_l": "{st}, {pt}",
        "country_n": "مصر",
        "country": "Egypt",
        "nat_n": "مصري",
        "nat": "Egyptian",
        "iso3": "EGY",
        "phones": "01# #### ####|+20 1# #### ####|+20 10 #### ####|02 #### ####",
        "mail": "gmail.com|yahoo.com|hotmail.com",
        "natid": "eg",
        "dl": "##############",
        "pp": "@########",
        "iban": "EG",
        "co": "مصر للتأمين التكافلي;misr-takaful.eg|مستشفى النيل التخصصي;nile-hospital.eg",
    },
    "he-IL": {
        "names": "il",
        "lang": "he",
        "num": "&#~&#|&~&|&##~&##",
        "unit": "||, דירה &~, Apt &|, דירה &#~, Apt &#",
        "streets": "רחוב הרצל~Herzl St|רחוב דיזנגוף~Dizengoff St|שדרות רוטשילד~Rothschild Blvd|"
        "רחוב יפו~Jaffa St|רחוב ויצמן~Weizmann St|רחוב בן יהודה~Ben Yehuda St|"
        "רחוב העצמאות~HaAtzmaut St|רחוב הנביאים~HaNevi'im St",
        "towns": "6&#####:תל אביב-יפו~Tel Aviv-Yafo|9&#####:ירושלים~Jerusalem|3&#####:חיפה~Haifa|"
        "46#####:הרצליה~Herzliya|8&#####:באר שבע~Be'er Sheva|75#####:ראשון לציון~Rishon LeZion|"
        "52#####:רמת גן~Ramat Gan",
        "pt": "{t} {pc}",
        "country_n": "ישראל",
        "country": "Israel",
        "nat_n": "ישראלית",
        "nat": "Israeli",
        "iso3": "ISR",
        "phones": "05#-###-####|+972 5#-###-####|+972-5#-###-####|03-###-####|02-###-####",
        "mail": "gmail.com|walla.co.il|bezeqint.net|hotmail.com",
        "natid": "il",
        "dl": "#######",
        "pp": "########",
        "iban": "IL",
        "plate": "###-##-###",
        "co": 'הראל ביטוח ירוק בע"מ;harel-yarok.co.il|מרפאת השרון;sharon-clinic.co.il',
    },
    "vi-VN": {
        "names": "vn",
        "lang": "vi",
        "num": "Số &#~No. &#|Số &##~No. &##|&#/&~&#/&|Số &#, ngõ &#~No. &#, Alley &#",
        "streets": "phố Huế~Hue Street|đường Lê Lợi~Le Loi Street|đường Nguyễn Huệ~Nguyen Hue Street|"
        "đường Trần Hưng Đạo~Tran Hung Dao Street|phố Hàng Bạc~Hang Bac Street|"
        "đường Điện Biên Phủ~Dien Bien Phu Street|đường Võ Văn Tần~Vo Van Tan Street|"
        "đường Lý Thường Kiệt~Ly Thuong Kiet Street",
        "towns": "100000:phường Ngô Thì Nhậm, quận Hai Bà Trưng, Hà Nội~Ngo Thi Nham Ward, Hai Ba Trung, Hanoi|"
        "700000:phường Bến Nghé, Quận 1, TP. Hồ Chí Minh~Ben Nghe Ward, District 1, Ho Chi Minh City|"
        "550000:phường Hải Châu 1, quận Hải Châu, Đà Nẵng~Hai Chau 1 Ward, Hai Chau, Da Nang|"
        "700000:phường Võ Thị Sáu, Quận 3, TP. Hồ Chí Minh~Vo Thi Sau Ward, District 3, Ho Chi Minh City|"
        "180000:phường Lê Chân, Hải Phòng~Le Chan Ward, Hai Phong|"
        "650000:phường Vĩnh Hải, Nha Trang, Khánh Hòa~Vinh Hai Ward, Nha Trang, Khanh Hoa",
        "st": "{n}, {s}",
        "st_l": "{n} {s}",
        "pt": "{t} {pc}",
        "country_n": "Việt Nam",
        "country": "Vietnam",
        "nat_n": "Việt Nam",
        "nat": "Vietnamese",
        "iso3": "VNM",
        "phones": "09# ### ####|+84 9# ### ####|+84 9########|03# ### ####|024 #### ####|028 #### ####",
        "mail": "gmail.com|yahoo.com.vn|outlook.com|fpt.vn",
        "natid": "vn",
        "dl": "############",
        "pp": "@#######",
        "plate": "&#@-###.##",
        "co": "Công ty TNHH Bảo hiểm Sông Hồng;songhong-ins.vn|Phòng khám Đa khoa Hòa Bình;pk-hoabinh.vn",
    },
    "th-TH": {
        "names": "th",
        "lang": "th",
        "num": "&#/&~&#/&|&##~&##|&#/&#~&#/&#|&## หมู่ &~&## Moo &",
        "streets": "ถนนสุขุมวิท~Sukhumvit Road|ถนนพหลโยธิน~Phahonyothin Road|ถนนสีลม~Silom Road|"
        "ถนนรัชดาภิเษก~Ratchadaphisek Road|ถนนเพชรบุรี~Phetchaburi Road|"
        "ถนนนิมมานเหมินท์~Nimmanhaemin Road|ถนนลาดพร้าว~Lat Phrao Road|ซอยอารีย์~Soi Ari",
        "towns": "10110:แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพมหานคร~Khlong Tan Nuea, Watthana, Bangkok|"
        "10500:แขวงสุริยวงศ์ เขตบางรัก กรุงเทพมหานคร~Suriyawong, Bang Rak, Bangkok|"
        "10400:แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร~Samsen Nai, Phaya Thai, Bangkok|"
        "50200:ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่~Suthep, Mueang Chiang Mai, Chiang Mai|"
        "83000:ตำบลตลาดใหญ่ อำเภอเมืองภูเก็ต จังหวัดภูเก็ต~Talat Yai, Mueang Phuket, Phuket|"
        "40000:ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น~Nai Mueang, Mueang Khon Kaen, Khon Kaen",
        "st": "{n} {s}",
        "pt": "{t} {pc}",
        "country_n": "ประเทศไทย",
        "country": "Thailand",
        "nat_n": "ไทย",
        "nat": "Thai",
        "iso3": "THA",
        "phones": "08#-###-####|09#-###-####|+66 8# ### ####|+66 9#-###-####|02-###-####",
        "mail": "gmail.com|hotmail.com|yahoo.co.th|outlook.co.th",
        "natid": "th",
        "dl": "########",
        "pp": "@@#######",
        "plate": "&กข ####",
        "co": "บริษัท ไทยสมุทรประกันภัย จำกัด;thaismut-ins.co.th|โรงพยาบาลสุขใจ;sukjai-hospital.co.th",
    },
    "id-ID": {
        "names": "id",
        "lang": "id",
        "num": "&|&#|&#@|&#A",
        "unit": "|||, RT 00&/RW 00&|, RT 0&#/RW 00&|, Blok @&",
        "streets": "Jl. Merdeka|Jl. Sudirman|Jl. Gatot Subroto|Jl. Diponegoro|Jl. Malioboro|Jl. Pemuda|"
        "Jl. Gajah Mada|Jl. Asia Afrika|Jl. Raya Kuta|Gg. Mawar|Jl. Kebon Jeruk Raya",
        "towns": "10110:Kel. Gambir, Kec. Gambir, Jakarta Pusat|121&0:Kebayoran Baru, Jakarta Selatan|"
        "40111:Kel. Braga, Bandung|55271:Kel. Sosromenduran, Yogyakarta|60271:Kel. Genteng, Surabaya|"
        "80361:Kuta, Badung, Bali|50132:Kel. Pekunden, Semarang|20112:Medan",
        "st": "{s} No. {n}{u}",
        "pt": "{t} {pc}",
        "country_n": "Indonesia",
        "country": "Indonesia",
        "nat_n": "WNI",
        "nat": "Indonesian",
        "iso3": "IDN",
        "phones": "08##-####-####|+62 8##-####-####|+62 8## #### ####|021-#######|(021) ### ####",
        "mail": "gmail.com|yahoo.co.id|ymail.com|outlook.co.id",
        "natid": "id",
        "dl": "############|####-####-######",
        "pp": "@#######",
        "plate": "B ####@@@|D ####@@",
        "co": "PT Asuransi Nusantara Jaya;nusantarajaya.co.id|RS Medika Harapan;rsmedikaharapan.co.id|"
        "PT Griya Properti Indah;griyaproperti.co.id",
    },
    "ms-MY": {
        "names": "my",
        "lang": "ms",
        "num": "&|&#|&#-&|@-&#-&",
        "streets": "Jalan Ampang|Jalan SS 2/24|Jalan Tun Razak|Lorong Maarof|Jalan Bukit Bintang|"
        "Jalan Sultan Ismail|Persiaran Gurney|Jalan Tebrau|Jalan Meru|Jalan Melati 3",
        "towns": "50###:Kuala Lumpur|473##:Petaling Jaya, Selangor|10###:George Town, Pulau Pinang|"
        "80###:Johor Bahru, Johor|31###:Ipoh, Perak|88###:Kota Kinabalu, Sabah|93###:Kuching, Sarawak|"
        "40###:Shah Alam, Selangor",
        "st": "No. {n}, {s}",
        "country_n": "Malaysia",
        "country": "Malaysia",
        "nat_n": "Warganegara Malaysia",
        "nat": "Malaysian",
        "iso3": "MYS",
        "phones": "01#-### ####|+60 1#-### ####|+60 1#-#### ####|03-#### ####",
        "mail": "gmail.com|yahoo.com.my|hotmail.my|outlook.com",
        "natid": "my",
        "dl": "########|@#######",
        "pp": "@########",
        "plate": "@@@ ####|W@ ####@",
        "co": "Takaful Permata Berhad;permatatakaful.com.my|Klinik Kesihatan Seri Damai;kkseridamai.my",
    },
    "fa-IR": {
        "names": "ir",
        "lang": "fa",
        "num": "پلاک &#~No. &#|پلاک &~No. &|پلاک &##~No. &##",
        "unit": "|||، واحد &~, Unit &|، طبقه &، واحد &~, Floor &, Unit &",
        "streets": "خیابان ولیعصر~Valiasr St.|خیابان شریعتی~Shariati St.|خیابان انقلاب~Enghelab St.|"
        "بلوار کشاورز~Keshavarz Blvd.|خیابان آزادی~Azadi St.|خیابان چهارباغ~Chaharbagh St.|"
        "خیابان فردوسی~Ferdowsi St.|کوچه نسترن~Nastaran Alley",
        "towns": "1&###-#####:تهران~Tehran|8&###-#####:اصفهان~Isfahan|7&###-#####:شیراز~Shiraz|"
        "9&###-#####:مشهد~Mashhad|5&###-#####:تبریز~Tabriz|3&###-#####:کرج~Karaj",
        "st": "{s}، {n}{u}",
        "st_l": "{n}, {s}{u}",
        "pt": "{t}، کد پستی {pc}",
        "pt_l": "{t} {pc}",
        "a1": "{t}، {s}، {n}{u}، کد پستی {pc}",
        "a1_l": "{n}, {s}{u}, {t} {pc}",
        "aml": "{t}، {s}، {n}{u}\nکد پستی: {pc}",
        "country_n": "ایران",
        "country": "Iran",
        "nat_n": "ایرانی",
        "nat": "Iranian",
        "iso3": "IRN",
        "phones": "09## ### ####|+98 9## ### ####|021 #### ####|+98 21 #### ####",
        "mail": "gmail.com|yahoo.com|chmail.ir|outlook.com",
        "natid": "ir",
        "dl": "##########",
        "pp": "@########",
        "co": "بیمه آسایش پارس;asayesh-pars.ir|کلینیک دندانپزشکی لبخند;labkhand-clinic.ir",
    },
    "bn-BD": {
        "names": "bd",
        "lang": "bn",
        "num": "বাড়ি নং &#~House &#|বাড়ি &~House &|বাড়ি নং &#/@~House &#/@",
        "streets": "মিরপুর রোড~Mirpur Road|সাত মসজিদ রোড~Satmasjid Road|গুলশান এভিনিউ~Gulshan Avenue|"
        "কাজী নজরুল ইসলাম এভিনিউ~Kazi Nazrul Islam Avenue|আগ্রাবাদ সড়ক~Agrabad Road|"
        "জিন্দাবাজার সড়ক~Zindabazar Road|লেক রোড~Lake Road",
        "towns": "1205:ধানমন্ডি, ঢাকা~Dhanmondi, Dhaka|1212:গুলশান, ঢাকা~Gulshan, Dhaka|"
        "1216:মিরপুর, ঢাকা~Mirpur, Dhaka|4100:আগ্রাবাদ, চট্টগ্রাম~Agrabad, Chattogram|"
        "3100:জিন্দাবাজার, সিলেট~Zindabazar, Sylhet|6000:রাজশাহী~Rajshahi|9100:খুলনা~Khulna",
        "st": "{n}, {s}",
        "pt": "{t} - {pc}",
        "pt_l": "{t}-{pc}",
        "country_n": "বাংলাদেশ",
        "country": "Bangladesh",
        "nat_n": "বাংলাদেশী",
        "nat": "Bangladeshi",
        "iso3": "BGD",
        "phones": "01#########|+880 1#########|+880 1###-######|01###-######",
        "mail": "gmail.com|yahoo.com|hotmail.com",
        "natid": "bd",
        "dl": "@@&######&####",
        "pp": "@@#######",
        "co": "পদ্মা ইন্স্যুরেন্স লিমিটেড;padma-ins.com.bd|শান্তি ক্লিনিক;shanti-clinic.com.bd",
    },
    "ur-PK": {
        "names": "pk",
        "lang": "ur",
        "num": "مکان نمبر &#~House No. &#|مکان نمبر &##~House No. &##|پلاٹ &#~Plot &#",
        "streets": "شاہراہ فیصل~Shahrah-e-Faisal|مال روڈ~Mall Road|جناح ایونیو~Jinnah Avenue|"
        "یونیورسٹی روڈ~University Road|فیروزپور روڈ~Ferozepur Road|ایم ایم عالم روڈ~MM Alam Road|"
        "گلبرگ مین بلیوارڈ~Gulberg Main Boulevard",
        "towns": "440&0:اسلام آباد~Islamabad|54&&0:لاہور~Lahore|75&&0:کراچی~Karachi|"
        "46000:راولپنڈی~Rawalpindi|38000:فیصل آباد~Faisalabad|25000:پشاور~Peshawar|60000:ملتان~Multan",
        "st": "{n}، {s}",
        "st_l": "{n}, {s}",
        "pt": "{t} {pc}",
        "a1": "{st}، {pt}",
        "a1_l": "{st}, {pt}",
        "country_n": "پاکستان",
        "country": "Pakistan",
        "nat_n": "پاکستانی",
        "nat": "Pakistani",
        "iso3": "PAK",
        "phones": "03##-#######|+92 3## #######|+92-3##-#######|042-########|051-#######",
        "mail": "gmail.com|yahoo.com|hotmail.com",
        "natid": "pk",
        "dl": "#####-#######-#",
        "pp": "@@#######",
        "iban": "PK",
        "co": "سٹار لائف انشورنس لمیٹڈ;starlife-ins.pk|شفا میڈیکل سینٹر;shifa-mc.pk",
    },
}

SOURCES: list[str] = []

# --------------------------------------------------------------------------- templates: US
SOURCES.append(
    r"""
=== us_onb_w4 | en-US | en-US |
Form W-4 (2025) - Employee's Withholding Certificate
Step 1: Enter Personal Information
(a) First name and middle initial: {given_mid}
    Last name: {sur}
(b) Social security number: {ssn}
Address: {street}
City or town, state, and ZIP code: {pc_town}
(c) [{pick:x| }] Single or Married filing separately   [ ] Married filing jointly   [ ] Head of household
Step 2: Multiple Jobs or Spouse Works - leave blank if not applicable
Step 3: Claim Dependents ........ $ {pick:0|2,000|4,000|500}
Step 5: Sign Here
Employee's signature: {sig}                 Date: {date}
Employers Only - Employer's name and address: {co}, {coaddr}
First date of employment: {date}    EIN: {ref:##-#######}

=== us_onb_i9 | en-US | en-US |
EMPLOYMENT ELIGIBILITY VERIFICATION (Form I-9) - Section 1
Last Name (Family Name): {sur_up}
First Name (Given Name): {given}
Middle Initial: {mid}
Other Last Names Used: N/A
Address (Street Number and Name): {street}
City or Town / State / ZIP Code: {pc_town}
Date of Birth (mm/dd/yyyy): {dob:us}
U.S. Social Security Number: {ssn}
Employee's E-mail Address: {email}
Employee's Telephone Number: {phone}
I attest, under penalty of perjury, that I am (check one of the following boxes):
{cb:A citizen of the United States|A noncitizen national of the United States|A lawful permanent resident|A noncitizen authorized to work}
Signature of Employee: {sig}          Today's Date: {date}

=== us_onb_dd | en-US | en-US |
DIRECT DEPOSIT AUTHORIZATION
Employee Name: {full}                 Employee ID: {ref:E####}
Home Address: {addr}
Phone: {phone}
Bank Name: {pick:Chase|Wells Fargo|Bank of America|US Bank|PNC Bank|Lakeshore Credit Union}
Routing Number (ABA): {ref:0#1######}
Account Number: {acct:11}
Account Type: {cb:Checking|Savings}
Deposit: {cb:Entire net pay|Fixed amount|Percentage}
I authorize {co} to deposit my pay automatically into the account above.
Signature: {sig}    Date: {date}
Attach a voided check here.

=== us_onb_emerg | en-US | en-US |
EMERGENCY CONTACT INFORMATION
Employee: {full}                 Department: {pick:Warehouse|Finance|Customer Support|Engineering|Nursing}
Employee cell: {mobile}
Personal email: {email}
Primary contact
  Name: {p2.full}
  Relationship: {pick:Spouse|Mother|Father|Sister|Brother|Partner|Friend}
  Phone (cell): {p2.mobile}
  Address: {p2.addr}
Secondary contact
  Name: {p3.full}
  Phone: {p3.phone}

=== us_onb_sheet | en-US | en-US |
NEW HIRE INFORMATION SHEET — {co}
-------------------------------------------------------------
Legal name ............ {full}
Preferred name ........ {given}
SSN ................... {ssn}
DOB ................... {dob:us}
Home address .......... {addr}
Mobile ................ {mobile}
Personal e-mail ....... {email}
Work e-mail ........... {wemail}
Start date ............ {date}
Position / grade ...... {pick:Line Cook|Staff Accountant|RN II|Forklift Operator|Account Executive} / {ref:G#}
Manager ............... {p2.full}
Laptop MAC (IT use) ... {mac}
-------------------------------------------------------------

=== us_intake_1 | en-US | en-US |
PATIENT REGISTRATION FORM
Today's date: {date}
PATIENT INFORMATION
Last name: {sur}    First: {given}    MI: {mid}
Sex: {cbs:M|F}    Date of birth: {dob:usn}    Age: {age}
Street address: {street}
City/State/Zip: {pc_town}
Home phone: {phone}     Cell: {mobile}
Email: {email}
SSN (optional): {ssn}
Employer: {emp}
INSURANCE
Primary insurance: {pick:Aetna PPO|Blue Cross Blue Shield|UnitedHealthcare Choice Plus|Cigna Open Access|Medicaid}
Subscriber name: {p2.full}    Subscriber DOB: {p2.dob:usn}
Member ID: {ref:@@@#########}    Group #: {ref:######}
EMERGENCY CONTACT: {p3.full}  ({pick:spouse|parent|sibling|friend})  {p3.phone}

=== us_intake_peds | en-US | en-US | child
PEDIATRIC NEW PATIENT INTAKE
Child's name: {full}             Nickname: {given}
Date of birth: {dob:us}          Sex: {sex}
Parent/Guardian 1: {p2.full}     Cell: {p2.mobile}   Email: {p2.email}
Parent/Guardian 2: {p3.full}     Cell: {p3.mobile}
Home address: {addr}
Preferred pharmacy: {pick:CVS #4471|Walgreens on Main St|Rite Aid|Costco Pharmacy}
Allergies: {pick:None known|Penicillin|Peanuts, tree nuts|Amoxicillin (rash)}
Immunizations up to date?  {cb:Yes|No|Unsure}
Who may pick up the child? {p2.given}, {p3.given}

=== us_referral | en-US | en-US |
REFERRAL / CONSULTATION REQUEST
To: {pick:Cardiology|Orthopedics|Dermatology|Neurology|Gastroenterology} — {co}
Fax: {cophone}
Patient: {up_comma}      DOB: {dob:us}      MRN: {ref:########}
Address: {addr}
Phone: {phone}
Insurance: {pick:Medicare Part B|Humana Gold Plus|Aetna HMO|Tricare Select}  ID {ref:#########@}
Reason for referral: {pick:chest pain on exertion, abnormal stress test|chronic knee pain, failed PT|suspicious pigmented lesion left shoulder|recurrent migraines with aura|dysphagia and weight loss}
Urgency: {cb:Routine|Urgent|STAT}
Referring provider: {p2.full}, {pick:MD|DO|NP|PA-C}     NPI: {ref:1#########}
Signature: ______________________  Date: {date}

=== us_claim_auto | en-US | en-US |
AUTOMOBILE LOSS NOTICE
Claim #: {ref:CLM-########}     Date of loss: {date}     Time: {time}
INSURED
Name of insured: {full}
Mailing address: {addr}
Primary phone: {phone}     Email: {email}
Driver's license #: {dl}     State: {pick:IL|TX|CA|OH|GA|WA|NY}
Date of birth: {dob:us}
VEHICLE
Year/Make/Model: {pick:2019 Honda Civic|2021 Toyota RAV4|2016 Ford F-150|2022 Tesla Model 3|2018 Subaru Outback}
VIN: {vin}     Plate: {plate}
OTHER PARTY
Name: {p2.full}     Phone: {p2.phone}
Address: {p2.addr}
Insurance carrier: {pick:Progressive|State Farm|GEICO|Allstate}   Policy: {ref:@@#########}
Description: {pick:Rear-ended at red light.|Other vehicle backed out of parking space into my passenger door.|Sideswiped while merging onto I-90.|Hit a deer on county road.}

=== us_claim_home | en-US | en-US |
HOMEOWNERS PROPERTY LOSS – FIRST REPORT
Policy number: {ref:HO#-########}
Named insured(s): {full} and {p2.full}
Property address (residence premises): {addr}
Cause of loss: {cb:Fire|Water|Wind/Hail|Theft|Other}
Date discovered: {date}
Best contact number: {mobile}
Alternate email: {email}
Mortgagee: {co}, Loan # {acct:10}
Police report filed?  {cb:Yes|No}  Report #: {ref:##-######}
Items reported stolen/damaged: {pick:laptop, TV, jewelry box|water heater, drywall, carpet|roof shingles, gutter, fence|kitchen cabinets, smoke damage}

=== us_rental_app | en-US | en-US |
RENTAL APPLICATION — {co}
Property applied for: {home2}     Desired move-in: {fdate}
APPLICANT
Full legal name: {full}
Date of birth: {dob:us}      SSN: {ssn}
Driver's License #/State: {dl} / {pick:CA|TX|FL|NY|OR|MA}
Current address: {addr}
How long? {pick:2 yrs|8 months|5 years|1 yr 3 mo}    Monthly rent: ${amt:900-3200}
Landlord name: {p2.full}    Landlord phone: {p2.phone}
EMPLOYMENT
Employer: {emp}    Position: {pick:Teacher|Barista|Software Engineer|Nurse|Electrician}
Monthly gross income: ${amt:2500-12000}
Co-applicant: {p3.full}   DOB {p3.dob:us}   Phone {p3.mobile}
Pets? {cb:No|Yes}   Vehicles: {plate}
I authorize a credit and background check.  Signature: {sig}

=== us_loan_app | en-US | en-US |
UNIFORM RESIDENTIAL LOAN APPLICATION (excerpt)
Section 1a. Personal Information
Name (First, Middle, Last, Suffix): {full}
Social Security Number: {ssn}
Date of Birth: {dob:us}       Citizenship: {cb:U.S. Citizen|Permanent Resident Alien|Non-Permanent Resident Alien}
Contact Information
  Home Phone: {phone}   Cell Phone: {mobile}
  Email: {email}
Current Address: {addr}
  How long at current address? {pick:3|6|11|1} Years   Housing: {cb:No primary housing expense|Own|Rent}
Section 1b. Current Employment
Employer or Business Name: {emp}     Phone: {emp_phone}
Gross monthly income: Base ${amt:3000-15000}

=== us_itin_w7 | en-US | en-US |
Form W-7 worksheet (prepared by client, please review)
1a First name: {given}    Middle name: {mid}    Last name: {sur}
2  Applicant's mailing address: {addr}
3  Foreign address: {pick:same as above|see attached|n/a}
4  Date of birth (month/day/year): {dob:us}    Country of birth: {pick:Mexico|Guatemala|India|Philippines|Nigeria|Vietnam}
6a Country of citizenship: {pick:Mexico|India|China|Brazil|Colombia}
6c Type of US visa: {pick:H-4|F-1|none|B-2}
6d Identification document(s) submitted: Passport   Issued by: {pick:Mexico|India|Colombia}
   No.: {passport}   Exp. date: {fdate}
6e Have you previously received an ITIN?  [x] Yes   ITIN: {itin}
Phone: {phone}

=== us_1040_hdr | en-US | en-US | child3
Form 1040  U.S. Individual Income Tax Return  2024
Filing Status: {cb:Single|Married filing jointly|Married filing separately|Head of household}
Your first name and middle initial: {given_mid}         Last name: {sur}
Your social security number: {ssn:space}
If joint return, spouse's first name and middle initial: {p2.given}     Last name: {p2.sur}
Spouse's social security number: {p2.ssn:space}
Home address (number and street): {street}
City, town, or post office. State. ZIP code: {pc_town}
Presidential Election Campaign: [ ] You  [ ] Spouse
Digital Assets: At any time during 2024, did you receive, sell, exchange... {cb:Yes|No}
Dependents: {p3.full}   SSN {p3.ssn}   Relationship: {pick:Son|Daughter}

=== us_1099_recip | en-US | en-US |
1099-NEC  Nonemployee Compensation (copy B, for recipient)
PAYER'S name, street address, city, state, ZIP: {co}, {coaddr}   Tel. {cophone}
PAYER'S TIN: {ref:##-#######}
RECIPIENT'S TIN: {ssn}
RECIPIENT'S name: {full}
Street address (including apt. no.): {street}
City or town, state or province, country, and ZIP: {pc_town}
Account number (see instructions): {ref:V-#####}
1 Nonemployee compensation  $ {amt:600-48000}
4 Federal income tax withheld  $ 0.00

=== us_police_incident | en-US | en-US |
METROPOLITAN POLICE DEPARTMENT — INCIDENT REPORT
Case No.: {ref:2025-######}    Date/Time reported: {date} {time}
Offense: {pick:Theft from vehicle|Burglary - residential|Hit and run (property damage)|Criminal mischief|Lost property}
Location of occurrence: {pick:parking lot of shopping center|in front of victim's residence|public garage, level 2}
VICTIM
Name (Last, First Middle): {up_comma_mid}
Race/Sex/DOB: {pick:W|B|A|H|U}/{sexc}/{dob:us}
Home address: {addr}
Phone: {phone}
WITNESS
Name: {p2.full}   Phone: {p2.phone}
Narrative: R/P stated that {pick:between 2300 and 0600 hrs unknown suspect(s) broke the rear passenger window and removed a backpack containing a laptop.|a gray sedan struck the victim's mailbox and left the scene.|someone entered the garage through an unlocked side door and took two bicycles.}
Reporting Officer: Ofc. {pick:K. Delgado|R. Haines|M. Okafor|T. Brennan}  Badge {ref:####}

=== us_accident_exch | en-US | en-US |
DRIVER INFORMATION EXCHANGE (keep in glove box)
DATE: {date}   LOCATION: {pick:I-35 northbound near exit 240|Main St & 3rd Ave|Costco parking lot|Hwy 101 at Oak Rd}
MY INFO
  Name: {full}
  Phone: {mobile}
  License #: {dl}
  Insurance: {pick:State Farm|GEICO|Progressive|USAA}  Policy {ref:########-@}
  Plate: {plate}
OTHER DRIVER
  Name: {p2.full}
  Address: {p2.addr}
  Phone: {p2.mobile}
  DL #: {p2.dl}
  Plate: {p2.plate}   Vehicle: {pick:blue Nissan Altima|white Ram 1500|black Jeep Wrangler|silver Camry}

=== us_court_caption | en-US | en-US |
IN THE CIRCUIT COURT OF {pick:COOK COUNTY, ILLINOIS|MULTNOMAH COUNTY, OREGON|FULTON COUNTY, GEORGIA}
COUNTY DEPARTMENT, {pick:LAW|CHANCERY|DOMESTIC RELATIONS} DIVISION

{full_l},                                  )
        Plaintiff,                        )
    v.                                    )   Case No. {ref:2025-@-######}
{co},                                     )
        Defendant.                        )

COMPLAINT AT LAW
Plaintiff {full}, residing at {addr}, by and through counsel, complains as follows:
1. Plaintiff is an individual born {dob:long} and a resident of the county.
Plaintiff may be contacted through counsel at {cophone}.

=== us_divorce_party | en-US | en-US | child3
PETITION FOR DISSOLUTION OF MARRIAGE
Petitioner:  {full}
  Date of birth: {dob:us}   Last 4 SSN: XXX-XX-{ref:####}
  Address: {addr}
  Phone: {phone}   Email: {email}
Respondent:  {p2.full}
  Date of birth: {p2.dob:us}
  Address: {p2.addr}
Date of marriage: {date}    Place: {pick:Las Vegas, NV|Portland, OR|Austin, TX}
Date of separation: {date}
Minor children of the marriage:
  {p3.full}, born {p3.dob:us}

=== us_invoice_1 | en-US | en-US |
{co}
{coaddr}  ·  {cophone}  ·  {coweb}
INVOICE #{ref:INV-#####}        Date: {date}       Due: {fdate}
BILL TO:
{full}
{addr_ml}
{phone}
{email}
-------------------------------------------------------------
Qty  Description                               Amount
1    {pick:Service call + diagnostics|Lawn care (monthly)|Piano tuning|HVAC filter replacement}     ${amt:80-400}
2    {pick:Parts|Materials|Labor (hr)}                                    ${amt:20-300}
-------------------------------------------------------------
Paid by card ending {card_last4} — THANK YOU

=== us_receipt_store | en-US | en-US |
{co}
{coaddr}
Tel {cophone}
STORE 0{ref:###}  REG {ref:#}  TRN {ref:####}
{date}  {time}
ITEM                     QTY   PRICE
{pick:Cordless drill 20V|Paint, eggshell 1gal|Garden hose 50ft|LED bulbs 4pk}         1   {amt:9-199}
SUBTOTAL                        {amt:10-250}
VISA  {card}   AUTH {ref:######}
CARDHOLDER: {up_given}
Rewards member: {phone}
Receipt emailed to {email}

=== us_ship_label | en-US | en-US |
USPS PRIORITY MAIL 2-DAY
FROM: {co}
      {coaddr}
SHIP TO:
{full}
{addr_ml}
USPS TRACKING # {ref:9405 5### #### #### #### ####}
Weight: {pick:1 lb 4 oz|3 lbs|12 oz|6 lbs 8 oz}   Ref: ORDER {ref:#######}

=== us_bank_stmt | en-US | en-US |
{co}                                        Statement Period
Member Services {cophone}                  {date} - {date}
{full_l}
{addr_ml}
Primary Share Savings       Account # {acct:9}
Share Draft Checking        Account # {acct:10}
Beginning balance  ${amt:100-9000}     Ending balance  ${amt:100-9000}
Routing # {ref:2#########}

=== us_paystub | en-US | en-US |
{co} — EARNINGS STATEMENT
Employee: {full}                     Emp #: {ref:#####}
{addr_ml}
SSN: XXX-XX-{ref:####}     Pay date: {date}   Period: {date} – {date}
EARNINGS        HOURS   RATE    CURRENT     YTD
Regular         80.00   {amt:15-60}   {amt:1200-4800}   {amt:9000-60000}
DEDUCTIONS: Federal {amt:100-800}  SS {amt:80-300}  Medicare {amt:20-70}  401(k) {amt:50-400}
NET PAY  {amt:900-4000}   Direct deposit to acct ****{ref:####}

=== us_vcard | en-US | en-US | noocr
BEGIN:VCARD
VERSION:3.0
N:{sur};{given};;;
FN:{full}
ORG:{emp}
TEL;TYPE=CELL:{mobile}
TEL;TYPE=HOME:{phone}
EMAIL;TYPE=INTERNET:{email}
ADR;TYPE=HOME:;;{street};{town};;;USA
BDAY:{dob:iso}
END:VCARD

=== us_ics | en-US | en-US | noocr
BEGIN:VCALENDAR
PRODID:-//Clinic Scheduler//EN
BEGIN:VEVENT
UID:{ref:########-####-####}@{coweb}
DTSTART:{date:compact}T{pick:090000|103000|141500|160000}
SUMMARY:{pick:Annual physical|Dental cleaning|PT follow-up|Consultation} - {full}
DESCRIPTION:Patient {full} (DOB {dob:us})\nCall {mobile} if running late.
LOCATION:{co}
ORGANIZER;CN={p2.full}:mailto:{p2.email}
ATTENDEE;CN={full}:mailto:{email}
END:VEVENT
END:VCALENDAR

=== us_fwd_email | en-US | en-US |
---------- Forwarded message ---------
From: {full} <{email}>
Date: {pick:Mon|Tue|Wed|Thu|Fri}, {date:long} at {time}
Subject: Re: lease renewal paperwork
To: {p2.full} <{p2.email}>

Hi {p2.given}, attaching the signed renewal. My new cell is {mobile} and please update
my mailing address to {addr}. Thanks, {given}

=== us_csv_contacts | en-US | en-US | esc=csv noocr
First Name,Last Name,Email,Mobile Phone,Home Street,Home City,Birthday
{given},{sur},{email},{mobile},{street},{town},{dob:iso}
{p2.given},{p2.sur},{p2.email},{p2.mobile},{p2.street},{p2.town},{p2.dob:iso}
{p3.given},{p3.sur},{p3.email},{p3.mobile},{p3.street},{p3.town},{p3.dob:iso}

=== us_md_table | en-US | en-US | esc=md
| Member | DOB | Phone | Address |
|---|---|---|---|
| {full} | {dob:us} | {phone} | {addr} |
| {p2.full} | {p2.dob:us} | {p2.phone} | {p2.addr} |

=== us_kv_dump | en-US | en-US |
applicant_first={given}
applicant_last={sur}
ssn={ssn:plain}
dob={dob:iso}
addr_line1={street}
addr_city_state_zip={pc_town}
phone={phone}
email={email}
card_number={card}
card_exp={card_exp}
ip_address={ip}
user_agent=Mozilla/5.0 (Windows NT 10.0; Win64; x64)

=== us_ocr_two_col | en-US | en-US |
APPLICANT NAME                          DATE OF BIRTH
{full}                           {dob:us}
HOME ADDRESS                            DAYTIME PHONE
{addr}        {phone}
SOCIAL SECURITY NO.                     E-MAIL
{ssn}                             {email}
DRIVER LICENSE NO.        STATE         EXP.
{dl}                  {pick:OH|MI|PA|NJ}            {fdate}

=== us_ocr_shifted | en-US | en-US |
Name of Applicant:
Date of Birth:
Home Address:
Telephone:
{full}
{dob:us}
{addr}
{phone}
Signature of Applicant ___________________ Date {date}

=== us_dmv_dl | en-US | en-US |
APPLICATION FOR DRIVER LICENSE OR ID CARD (DL 44 excerpt)
1. TRUE FULL NAME: {up_given}
2. DATE OF BIRTH: {dob:us}     3. SEX: {sexc}
4. MAILING ADDRESS: {addr}
5. RESIDENCE ADDRESS: {cb:Same as mailing|Different (see below)}
6. SOCIAL SECURITY NUMBER: {ssn}
7. CURRENT DL/ID NUMBER: {dl}
8. HEIGHT: {pick:5-04|5-09|6-01|5-06}  WEIGHT: {pick:130|165|182|201}  EYES: {pick:BRN|BLU|GRN|HAZ}
9. ORGAN DONOR: {cb:Yes|No}
10. VOTER REGISTRATION: {cb:Yes|No}
Phone: {phone}

=== us_passport_ds11 | en-US | en-US |
DS-11 Application for a U.S. Passport — applicant worksheet
1. Name  Last: {sur}   First: {given}   Middle: {mid}
2. Date of Birth (mm/dd/yyyy): {dob:us}
3. Sex: {sexc}
4. Place of Birth: {pob}
5. Social Security Number: {ssn:plain}
6. Email: {email}
7. Primary Phone Number: {phone}
8. Mailing Address Line 1: {street}
   City / State / Zip: {pc_town}
9. List all other names you have used: {pick:none|N/A}
Most recent passport book number: {passport}   Issue date: {date}
Emergency contact: {p2.full}, {p2.phone}

=== us_voter | en-US | en-US |
VOTER REGISTRATION APPLICATION
Are you a citizen of the U.S.?  [x] Yes  [ ] No
Will you be 18 on or before election day?  [x] Yes
Mr./Mrs./Miss/Ms.: {title}.  Last name: {sur}   First: {given}   Middle: {mid}
Home address: {street}                 Apt or Lot #: {pick:-|n/a|}
City/Town, State, Zip: {pc_town}
Date of birth: {dob:us}     Telephone (optional): {phone}
Driver's license or state ID number: {dl}
Choice of party: {pick:Democratic|Republican|No party|Independent}

=== us_jury | en-US | en-US |
JUROR QUALIFICATION QUESTIONNAIRE
Juror #: {ref:#######}     Reporting date: {fdate}
Name: {full}
Residence address: {addr}
Date of birth: {dob:us}    Occupation: {pick:Retired|Teacher|Mechanic|Student|Pharmacist}
Employer: {emp}
Phone: {mobile}            Email: {email}
Have you served on a jury in the last 2 years? {cb:Yes|No}
Request for excuse: {pick:none|sole caregiver for child|medical (note attached)|full-time student}

=== us_change_addr | en-US | en-US |
CHANGE OF ADDRESS REQUEST
Name: {full}
Account number: {acct:8}
OLD ADDRESS: {p2.addr}
NEW ADDRESS: {addr}
Effective date: {fdate}
Daytime phone: {phone}
Email for confirmation: {email}

=== us_gym | en-US | en-US |
{co} FITNESS — MEMBERSHIP AGREEMENT
Member: {full}       Birthdate: {dob:us}
Address: {addr}
Cell: {mobile}    Email: {email}
Emergency contact: {p2.full} {p2.mobile}
Plan: {pick:Monthly Basic $24.99|Annual Premium $399|Student $19.99}
Billing card: {card}   Exp {card_exp}   CVV on file: no
Member signature: {sig}

=== us_vet | en-US | en-US |
NEW CLIENT / PATIENT FORM — {co}
Owner name: {full}
Co-owner: {p2.full}
Address: {addr}
Cell: {mobile}    Alt phone: {p2.phone}
Email: {email}
Pet name: {pick:Biscuit|Luna|Max|Pepper|Ziggy}  Species: {pick:Canine|Feline}  Breed: {pick:Lab mix|DSH|Beagle|Maine Coon}
Microchip #: {ref:985#########}
Preferred payment: {cb:Card on file|Cash|CareCredit}

=== us_hotel_reg | en-US | en-US |
GUEST REGISTRATION CARD                           Room {ref:&##}
Guest name: {up_comma}
Arrival: {date}   Departure: {fdate}    Rate: ${amt:89-349}/night
Home address: {addr}
Phone: {phone}                        Email: {email}
Vehicle plate: {plate}
Method of payment: {pick:VISA|MC|AMEX} {card}  exp {card_exp}
Guest signature: {sig}

=== us_car_rental | en-US | en-US |
RENTAL AGREEMENT NO. {ref:#########}
RENTER: {up_given}
ADDRESS: {addr}
DOB: {dob:us}   DL: {dl} ({pick:CA|NV|AZ|FL})   EXP: {fdate}
PHONE: {mobile}
ADDITIONAL DRIVER: {p2.full}   DL: {p2.dl}
PICKUP: {date} {time}  LAX     RETURN: {fdate}
CAR: {pick:Toyota Corolla|Chevy Malibu|Ford Explorer|Kia Soul}  LIC {plate}
PAYMENT: {card}

=== us_background_auth | en-US | en-US |
DISCLOSURE AND AUTHORIZATION FOR BACKGROUND CHECK
I, {full}, authorize {co} and its agent to obtain consumer reports.
Full name: {full}
Other names used: {pick:none|n/a|see attached}
Social Security Number: {ssn}
Date of Birth: {dob:us}
Current Address: {addr}
Driver's License # / State: {dl} / {pick:WA|CO|MN|NC}
Signature: {sig}       Date: {date}

=== us_wifi_guest | en-US | en-US |
Guest Wi-Fi / Device Registration (IT Helpdesk)
Requester: {full}   Ext. {ref:####}   Email: {wemail}
Device: {pick:MacBook Air|Dell Latitude|iPhone 14|Pixel 8|Surface Pro}
MAC address: {mac}
Assigned IP: {ip}
Temporary Wi-Fi password: {secret:wifi}
Expires: {fdate}

=== us_vpn_request | en-US | en-US |
VPN ACCESS REQUEST #{ref:REQ######}
Employee: {full}         Manager: {p2.full}
Work email: {wemail}     Cell: {mobile}
Home public IP (for allow-list): {ip}
Laptop MAC: {mac}
Initial password (change at first login): {secret:pw}
Justification: {pick:remote on-call rotation|contractor access to staging|travel}

=== us_crypto_kyc | en-US | en-US |
ACCOUNT VERIFICATION (KYC) — Tier 2
Legal name: {full}
Date of birth: {dob:iso}
Residential address: {addr_c}
SSN / ITIN: {ssn}
Phone: {phone}
Email: {email}
Withdrawal address ({pick:BTC|ETH}): {crypto}
Source of funds: {pick:Salary|Savings|Business income|Inheritance}
Login IP at submission: {ip}

=== us_donation | en-US | en-US |
PLEDGE CARD — {co} Annual Fund
Donor name(s): {full}
Address: {addr}
Phone: {phone}   Email: {email}
Gift amount: {cb:$50|$100|$250|$500|Other}
Charge my card: {card}  Exp {card_exp}
Please list my name as: {sig}
Matching gift employer: {emp}

=== us_school_enroll | en-US | en-US | child
STUDENT ENROLLMENT FORM  Grade entering: {pick:K|1|3|6|9}
Student legal name: {full}
Date of birth: {dob:us}   Gender: {sex}
Home address: {addr}
Parent/Guardian: {p2.full}   Relationship: {pick:Mother|Father|Guardian|Grandparent}
  Cell: {p2.mobile}   Work: {p2.phone}   Email: {p2.email}
Parent/Guardian: {p3.full}   Cell: {p3.mobile}
Previous school: {pick:Lincoln Elementary|Roosevelt Middle School|St. Mary's Academy}
Emergency contact (not parent): {p4.full} {p4.phone}
Language spoken at home: {pick:English|Spanish|Vietnamese|Somali|Arabic}

=== us_lab_req | en-US | en-US |
LAB REQUISITION                 Collection date: {date}  Time: {time}
PATIENT: {up_comma}     DOB: {dob:usn}     SEX: {sexc}
ADDR: {addr}    PH: {phone}
BILL TO: {cb:Insurance|Patient|Client}   INS ID: {ref:@@@########}
TESTS: {cb:CBC|CMP|Lipid panel|HbA1c|TSH}
ICD-10: {pick:E11.9|I10|Z00.00|E78.5}
ORDERING PHYSICIAN: {p2.full}, MD   NPI {ref:1#########}

=== us_pharmacy_label | en-US | en-US |
{co} PHARMACY  {cophone}
Rx# {ref:#######}      Date filled: {date}
{up_given}
{addr}
{pick:Lisinopril 10 mg|Metformin 500 mg|Atorvastatin 20 mg|Sertraline 50 mg}  Qty: {pick:30|90|60}
TAKE 1 TABLET BY MOUTH DAILY
Refills: {pick:0|2|5}   Dr. {p2.full}
"""
)

# --------------------------------------------------------------------------- templates: UK, IE, AU, NZ, CA
SOURCES.append(
    r"""
=== gb_gms1 | en-GB | en-GB |
FAMILY DOCTOR SERVICES REGISTRATION (GMS1)
Patient's details — please complete in BLOCK CAPITALS and tick as appropriate
{cbs:Mr|Ms}
Surname: {sur_up}
First names: {given}
Previous surname(s): {pick:N/A|-|none}
Date of birth: {dob}      NHS No: {ref:### ### ####}
Town and country of birth: {pob}, {country}
Home address: {addr_ml}
Telephone number: {mobile}
Email: {email}
If you are returning from the Armed Forces: Service or Personnel number ______
Signature of patient: {sig}        Date: {date}

=== gb_starter | en-GB | en-GB |
HMRC Starter Checklist
1 Last name: {sur}
2 First names: {given}
3 Are you male or female? {sex}
4 Date of birth: {dob:dmy}
5 Home address: {addr_ml}
6 National Insurance number (if known): {natid}
7 Employment start date: {date}
Employee statement: {cb:A - this is my first job since 6 April|B - this is now my only job|C - I have another job or pension}
Student loan: {cb:Plan 1|Plan 2|Plan 4|Postgraduate loan|None}
Declaration signed: {sig}

=== gb_p45 | en-GB | en-GB |
P45 Part 1A  Details of employee leaving work — copy for employee
1 Employer PAYE reference: {ref:###/@@#####}
2 Employee's National Insurance number: {natid}
3 Title: {title}   Surname or family name: {sur}
  First or given name(s): {given}
4 Leaving date: {date}
5 Student Loan deductions to continue: [ ] 
7 Total pay to date: £{amt:2000-45000}
12 Employee's private address: {addr}
   Postcode: {pick:see above|as above}
13 I certify that the details entered in items 1 to 11 are correct.
   Employer name and address: {co}, {coaddr}

=== gb_tenancy_parties | en-GB | en-GB |
ASSURED SHORTHOLD TENANCY AGREEMENT
THE PARTIES
Landlord: {p2.full} of {p2.addr}
Landlord's agent: {co}, {coaddr}
Tenant(s): {full} (date of birth {dob:long})
           {p3.full} (date of birth {p3.dob:long})
THE PROPERTY: {addr}
TERM: 12 months commencing on {date}
RENT: £{amt:650-2400} per calendar month payable on the {pick:1st|15th|28th} of each month to:
Account name: {p2.full}   Sort code: {ref:##-##-##}   Account no: {acct:8}
DEPOSIT: £{amt:700-2800} protected with {pick:the DPS|MyDeposits|TDS} (certificate {ref:@@#######})
Tenant contact telephone: {mobile}   email: {email}

=== gb_council_tax | en-GB | en-GB |
Council Tax – moving into the borough
Account reference (if known): {ref:########}
Full name of liable person: {full}
Date of birth: {dob}
Address you are moving to: {addr}
Date you moved in: {date}
Previous address: {p2.addr}
Telephone: {phone}    Email: {email}
Does anyone else aged 18 or over live with you?  {cb:Yes|No}
If yes, name: {p3.full}   DOB: {p3.dob}
Apply for single person discount? {cb:Yes|No}

=== gb_dvla_d1 | en-GB | en-GB |
Application for a driving licence (D1) — section 1 & 2
Title {title}
Surname {sur_up}
First names {given_mid}
Date of birth {dob:dmy}
Current address {addr_ml}
Phone {mobile}
Email address {email}
Your current licence number: {dl}
UK passport number (to use the photo): {passport}
Signature: {sig}

=== gb_mg11 | en-GB | en-GB |
WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2020, Part 16)
URN: {ref:##@@#######}
Statement of: {full}
Age if under 18: {pick:Over 18|over 18}      Occupation: {pick:Retail assistant|Bus driver|Student|Accountant|Nurse}
This statement (consisting of 1 page(s) each signed by me) is true to the best of my knowledge and belief.
Signature: {sig}           Date: {date}
On {date} at about {time} hours I was walking along {pick:the High Street|Station Road|Church Lane} when I saw
a man I now know to be {p2.full} shouting at a cyclist.
Home address: {addr}
Home telephone: {phone}    Mobile: {mobile}
Date of birth: {dob}

=== gb_n1_claim | en-GB | en-GB |
Claim Form (N1)       In the County Court Business Centre
Claimant(s) name(s) and address(es) including postcode:
{full}
{addr_ml}
Defendant(s) name and address(es) including postcode:
{p2.full}
{p2.addr_ml}
Brief details of claim: {pick:Return of tenancy deposit not protected.|Unpaid invoice for building works.|Damage to vehicle in collision.}
Value: £{amt:500-9900}
Claimant's contact: {email} / {mobile}

=== gb_royal_mail | en-GB | en-GB |
Royal Mail Tracked 48
Deliver to:
{full}
{addr_ml}
Return address: {co}, {coaddr}
Tel: {mobile}
Item ID {ref:@@ #### #### #GB}   Posted {date}

=== gb_payslip | en-GB | en-GB |
{co}                          PAYSLIP
Employee: {full}              Works no. {ref:####}
NI Number: {natid}    Tax code: {pick:1257L|BR|1100L|K475}   Period: M{pick:01|04|07|11}
Pay date: {date}
Basic pay           {amt:1400-4200}
Overtime            {amt:0-600}
PAYE tax           -{amt:100-900}
National Insurance -{amt:60-300}
Pension            -{amt:40-200}
NET PAY             {amt:1200-3600}
Paid to: Sort code {ref:##-##-##}  Acc ****{ref:####}
{addr_ml}

=== gb_school_adm | en-GB | en-GB | child child3
In-Year School Admission Application
Child's legal surname: {sur}        Forename(s): {given}
Date of birth: {dob}       Gender: {sex}
Home address: {addr}
Date moved to this address: {date}
Current school: {pick:Oakfield Primary|St Mary's C of E Primary|Brookside Academy}
Parent/carer name: {p2.full}     Relationship: {pick:Mother|Father|Carer}
Daytime telephone: {p2.mobile}   Email: {p2.email}
Sibling at preferred school: {p3.full} (DOB {p3.dob})

=== gb_car_ins | en-GB | en-GB |
Motor claim notification
Policy number: {ref:MTR/######/##}
Policyholder: {title} {full}
Address: {addr}
Contact number: {mobile}
Driver at time of incident: {p2.full}   DOB {p2.dob}   Licence no. {p2.dl}
Registration: {plate}
Third party: {p3.full}, {p3.addr}
Third party reg: {p3.plate}   Insurer: {pick:Admiral|Aviva|Direct Line|LV=}
What happened: {pick:Third party pulled out of a side road and hit my nearside door.|I was stationary at lights and was hit from behind.|Hit a pothole causing tyre and alloy damage.}

=== gb_visa_visitor | en | en-GB en-IE en-US en-CA en-AU en-IN en-NG en-PH en-ZA en-KE |
Standard Visitor visa — application summary (printout)
GWF reference: GWF0{ref:########}
Given name(s): {given}
Family name: {sur}
Date of birth: {dob}
Nationality: {nat}
Passport number: {passport}     Issuing authority: {country}
Issue date: {date}       Expiry date: {fdate}
Home address: {addr_c}
Telephone: {phone}       Email: {email}
Purpose of visit: {pick:Tourism|Visiting family|Business meeting|Academic conference}
Sponsor in UK: {p2.full}, {p2.addr}
Intended arrival: {fdate}

=== ie_ppsn_app | en-IE | en-IE |
REG1 — Application for a Personal Public Service Number
Surname: {sur}                  Forename(s): {given}
Surname at birth: {sur}
Date of birth: {dob:dmy/}     Place of birth: {pob}
Address: {addr_ml}
Eircode: {pick:as above|see address}
Mobile: {mobile}    Email: {email}
Mother's birth surname: {p2.sur}
Father's name: {p3.full}
Reason for PPSN: {cb:Employment|Social welfare|Revenue|Education}

=== ie_rental | en-IE | en-IE |
Tenancy application – {co}
Applicant: {full}
Current address: {addr}
Mobile: {mobile}   Email: {email}
Employer: {emp}      Net monthly income: €{amt:1800-6000}
PPS Number (for HAP applicants only): {natid}
Referee (previous landlord): {p2.full}, {p2.mobile}
Deposit paid by bank transfer from IBAN {iban}

=== au_tfn_decl | en-AU | en-AU |
Tax file number declaration
1 What is your tax file number (TFN)? {natid}
2 What is your name? Title: {title}  Surname: {sur}
  First given name: {given}   Other given names: {mid}
3 If you have changed your name since you last dealt with the ATO, provide your previous family name: ____
4 What is your primary e-mail address? {email}
5 What is your home address in Australia? {addr}
6 What is your date of birth? {dob}
7 On what basis are you paid? {cb:Full-time employment|Part-time employment|Labour hire|Casual employment}
8 Are you: {cb:An Australian resident for tax purposes|A foreign resident for tax purposes|A working holiday maker}
Signature: {sig}   Date: {date}

=== au_medicare_enrol | en-AU | en-AU |
Medicare enrolment application (MS004)
Your details
Family name: {sur}
First given name: {given}
Date of birth: {dob}
Sex: {sex}
Permanent residential address: {addr}
Postal address: {cb:As above|Different}
Daytime phone: {mobile}
Medicare card to be in the name of: {full}
Passport number: {passport}   Country of issue: {country}
Bank details for payments: BSB {ref:###-###}  Account {acct:9}

=== au_rental_app | en-AU | en-AU |
Residential Tenancy Application — {co}
Property: {home2}   Lease start: {fdate}   Weekly rent: ${amt:350-950}
Applicant 1: {full}   DOB {dob}   Licence no. {dl} ({pick:NSW|VIC|QLD|WA})
Current address: {addr}
Mobile: {mobile}     Email: {email}
Current agent/landlord: {p2.full}  {p2.phone}
Employment: {emp}, {pick:Nurse|Barista|Civil engineer|Teacher}, income ${amt:900-3500}/wk
Emergency contact: {p3.full} {p3.mobile}
Applicant 2: {p4.full}  DOB {p4.dob}

=== au_incident | en-AU | en-AU |
WORKPLACE INCIDENT REPORT
Date/time of incident: {date} {time}
Injured worker: {full}
Home address: {addr}
DOB: {dob}    Phone: {mobile}
Witness: {p2.full}   Contact: {p2.mobile}
Description: {pick:Slipped on wet floor in loading dock.|Cut to left hand while opening carton.|Strained back lifting stock.}
First aid by: {p3.full}
Supervisor: {p4.full}

=== nz_enrolment | en-NZ | en-NZ |
PHO ENROLMENT FORM
Surname: {sur}        Given name(s): {given}
Preferred name: {given}
Date of birth: {dob}      Gender: {sex}
Ethnicity: {cb:NZ European|Māori|Samoan|Chinese|Indian|Other}
Iwi (if Māori): {pick:Ngāti Porou|Ngāpuhi|Tainui|-|}
Home address: {addr}
Mobile: {mobile}     Email: {email}
NHI (if known): {ref:@@@####}
Next of kin: {p2.full}  {p2.mobile}

=== nz_ird | en-NZ | en-NZ |
Tax code declaration IR330
Full name: {full}
IRD number: {natid}
Postal address: {addr}
Do you have a student loan? {cb:Yes|No}
Tax code: {pick:M|M SL|S|SH|ND}
Declaration: I declare that the information given is true and correct.
Signature: {sig}    Date: {date}
Employer name: {co}

=== ca_td1 | en-CA | en-CA |
2025 Personal Tax Credits Return (TD1)
Last name: {sur}       First name and initial(s): {given_mid}
Date of birth (YYYY/MM/DD): {dob:ymd/}
Employee number: {ref:######}
Address including postal code: {addr}
For non-residents only – Country of permanent residence: ____
Social insurance number: {natid}
1. Basic personal amount ... {amt:15000-16200}
Certification: I certify that the information given on this form is correct and complete.
Signature: {sig}   Date: {date}

=== ca_rental | en-CA | en-CA |
APPLICATION TO RENT — Ontario
Applicant: {full}     Date of birth: {dob:iso}
Present address: {addr}
Phone: {phone}   E-mail: {email}
Driver's licence no.: {dl}
Present landlord: {p2.full}  Tel: {p2.phone}
Employer: {emp}   Position: {pick:Analyst|Dental hygienist|Electrician|Cashier}
Monthly income: ${amt:2500-9000}
Other occupants: {p3.full} (age {p3.age})
Void cheque attached for PAD: transit {ref:#####}, institution {ref:###}, account {acct:7}

=== ca_ohip | en-CA | en-CA |
Registration for Ontario Health Coverage
Last name: {sur}
First name: {given}
Second name: {mid}
Date of birth: {dob:iso}     Sex: {sexc}
Residential address: {addr}
Mailing address: {cb:Same as residential|Different}
Phone: {phone}
Document 1 (citizenship/immigration): Canadian passport no. {passport}
Document 2 (residency): Driver's licence no. {dl}
Document 3 (identity): Credit card (last 4): {ref:####}

=== ca_rcmp_collision | en-CA | en-CA |
MOTOR VEHICLE COLLISION REPORT (self-report)
Date of collision: {date}    Time: {time}
Location: {pick:Hwy 401 eastbound near Keele|Portage Ave at Main St|Deerfoot Trail south|Rue Sainte-Catherine at Peel}
Driver 1: {full}   DL {dl}   DOB {dob:iso}
Address: {addr}   Phone: {mobile}
Plate: {plate}     Insurer: {pick:Intact|Desjardins|TD Insurance|ICBC}  Policy {ref:#########}
Driver 2: {p2.full}   DL {p2.dl}
Address: {p2.addr}   Phone: {p2.mobile}
Plate: {p2.plate}
"""
)

# --------------------------------------------------------------------------- templates: IN, ZA, NG, KE, PH (English)
SOURCES.append(
    r"""
=== in_kyc | en-IN | en-IN |
CUSTOMER INFORMATION FORM (KYC) — Individual
Name (as per PAN): {up_given}
Father's / Spouse's name: {p2.full}
Date of birth: {dob:dmy/}         Gender: {cbs:Male|Female}
PAN: {natid:pan}
Aadhaar (last 4 digits only): XXXX XXXX {ref:####}
Correspondence address: {addr}
Mobile: {mobile}      Email: {email}
Occupation: {cb:Salaried|Self-employed|Business|Student|Retired}
Nominee: {p3.full}, relationship {pick:Mother|Spouse|Son|Daughter}, DOB {p3.dob:dmy/}
Signature of applicant: {sig}

=== in_rent_agreement | en-IN | en-IN |
RENTAL AGREEMENT
This Rent Agreement is made on {date:long} at {city}
BETWEEN
{p2.full}, aged about {p2.age} years, residing at {p2.addr} (hereinafter "LESSOR")
AND
{full}, aged about {age} years, Aadhaar No. {natid}, residing at {addr} (hereinafter "LESSEE")
The Lessor agrees to let out the premises at {p2.street}, {p2.pc_town} for residential use.
Monthly rent: Rs. {amt:8000-55000}   Security deposit: Rs. {amt:20000-200000}
Lessee mobile: {mobile}

=== in_hosp_admission | en-IN | en-IN |
{co}
IN-PATIENT ADMISSION RECORD          UHID: {ref:UH########}
Patient name: {title}. {full}         Age/Sex: {age}/{sexc}
DOB: {dob:dmy-}
Address: {addr}
Contact no.: {mobile}
Attendant name: {p2.full}   Relation: {pick:Son|Wife|Husband|Daughter|Brother}
Attendant mobile: {p2.mobile}
Consultant: {p3.full}
Payment: {cb:Cash|TPA/Insurance|Corporate}   Policy no. {ref:####/####/######}

=== in_passport_form | en-IN | en-IN |
Passport Seva — Application Form (Fresh / Re-issue)
Applicant's given name: {given}
Surname: {sur}
Date of birth (DD-MM-YYYY): {dob:dmy-}
Place of birth: {pob}
Present residential address: {addr}
Mobile number: {mobile}     E-mail ID: {email}
Emergency contact: {p2.full}, {p2.mobile}
Details of previous passport: {passport}   Date of issue {date}
PAN (optional): {natid:pan}

=== za_fica | en-ZA | en-ZA |
FICA – Client Information (Natural Person)
Full names: {full}
Identity number: {natid}
Date of birth: {dob:iso}
Residential address: {addr_ml}
Cell: {mobile}       Email: {email}
Source of funds: {cb:Salary|Business|Inheritance|Investments}
Bank: {pick:FNB|Standard Bank|Capitec|Nedbank|Absa}   Account no: {acct:10}   Branch code: {ref:######}
Signed at {city} on {date}: {sig}

=== za_lease | en-ZA | en-ZA |
RESIDENTIAL LEASE AGREEMENT
LESSOR: {co} (Reg. {ref:####/######/07})
LESSEE: {full}   ID No: {natid}
Lessee's physical address: {addr}
Contact: {mobile} / {email}
PREMISES: {p2.addr}
Lease period: {date} to {fdate}   Monthly rental: R{amt:4500-22000}
Deposit: R{amt:5000-30000} paid into trust account
Surety: {p3.full}  ID {p3.natid}  Cell {p3.mobile}

=== za_accident | en-ZA | en-ZA |
SAPS ACCIDENT REPORT (AR) – driver copy
AR No: {ref:###/##/####}   Date: {date}
Driver A: {full}   ID: {natid}   Licence: {dl}
Address: {addr}
Cell: {mobile}    Vehicle reg: {plate}
Driver B: {p2.full}   Licence: {p2.dl}
Address: {p2.addr}   Cell: {p2.mobile}
Place: {pick:N1 north near Century City|Jan Smuts Ave & Bolton Rd|M4 Umhlanga off-ramp}

=== ng_bank_acct | en-NG | en-NG |
ACCOUNT OPENING FORM – INDIVIDUAL
Title: {title}    Surname: {sur_up}    First name: {given}    Other names: {mid}
Date of birth: {dob:dmy/}    Gender: {sex}
Mother's maiden name: {p2.sur}
BVN: {ref:22#########}    NIN: {natid}
Residential address: {addr}
Phone number: {mobile}    Email: {email}
Next of kin: {p3.full}  Relationship: {pick:Brother|Sister|Spouse|Father|Mother}  Phone: {p3.mobile}
Means of identification: {cb:International passport|Driver's licence|Voter's card|NIN slip}
International passport number (if held): {passport}

=== ng_police_ext | en-NG | en-NG |
POLICE EXTRACT (LOSS OF DOCUMENT)
Station: {pick:Ikeja Division|Garki Division|Bar Beach Station}   Extract No: {ref:####/####}
Complainant: {full}
Address: {addr}
Phone: {mobile}
Item(s) lost: {pick:International passport|Driver's licence and ATM card|SIM card and phone}
Passport number (if applicable): {passport}
Date/place of loss: {date}, {pick:Oshodi bus stop|inside a danfo bus|Wuse market}

=== ke_kra | en-KE | en-KE |
KRA PIN REGISTRATION — Individual (Resident)
Taxpayer name: {full}
ID number: {natid}      Date of birth: {dob:dmy/}
Postal address: P.O. Box {ref:####}-{ref:00###}
Physical address: {addr}
Mobile: {mobile}      Email: {email}
Employer: {emp}
Bank: {pick:KCB|Equity|Co-operative Bank}   A/C: {acct:12}

=== ke_school | en-KE | en-KE | child
SCHOOL ADMISSION FORM
Pupil's name: {full}
Date of birth: {dob:dmy/}     Birth cert no: {ref:######}
Class admitted: {pick:Grade 1|Grade 4|Form 1|PP2}
Parent/guardian: {p2.full}   ID {p2.natid}
Phone: {p2.mobile}   Email: {p2.email}
Residence: {addr}
Emergency contact: {p3.full} {p3.mobile}

=== ph_bir_1902 | en-PH | en-PH |
BIR Form 1902 — Application for Registration (Employees)
TIN to be issued: (BIR use)
Taxpayer's name: Last {sur}  First {given}  Middle {mid}
Date of birth (MM/DD/YYYY): {dob:us}
Gender: {cbs:Male|Female}     Civil status: {cb:Single|Married|Widowed|Legally Separated}
Local residence address: {addr}
Contact number: {mobile}     Email: {email}
Spouse: {p2.full}   Spouse employer: {p2.emp}
Employer: {emp}

=== ph_brgy_clearance | en-PH | en-PH |
Republic of the Philippines
BARANGAY CLEARANCE
TO WHOM IT MAY CONCERN:
This is to certify that {up_given}, of legal age, {pick:single|married}, Filipino, born on {dob:long},
is a bona fide resident of {addr}.
Purpose: {pick:Employment|Bank requirement|Scholarship|Business permit}
CTC No.: {ref:########}   Issued on: {date}
Contact no.: {mobile}

=== ph_sss | en-PH | en-PH |
SSS PERSONAL RECORD (E-1)
Name: {up_comma_mid}
Date of birth: {dob:us}    Place of birth: {pob}
Sex: {sex}   Civil status: {pick:Single|Married}
Home address: {addr}
Mobile/cellphone: {mobile}    E-mail: {email}
Father's name: {p2.full}
Mother's maiden name: {p3.full}
Beneficiaries: {p4.full} ({pick:child|spouse}), DOB {p4.dob:us}
"""
)

# --------------------------------------------------------------------------- templates: international English
SOURCES.append(
    r"""
=== int_schengen | en | de-DE fr-FR it-IT es-ES nl-NL en-IN en-NG zh-CN en-PH tr-TR ru-RU uk-UA vi-VN th-TH id-ID ar-EG |
APPLICATION FOR SCHENGEN VISA (copy of filled online form)
1. Surname (Family name): {sur_up:l}
2. Surname at birth (Former family name(s)): {sur_up:l}
3. First name(s) (Given name(s)): {given_l}
4. Date of birth (day-month-year): {dob:dmy-}
5. Place of birth: {pob}
6. Country of birth: {country}
7. Current nationality: {nat}
8. Sex: {cbs:Male|Female}
13. Type of travel document: [x] Ordinary passport
14. Number of travel document: {passport}
15. Date of issue: {date}     16. Valid until: {fdate}
19. Applicant's home address and e-mail address: {addr_c} / {email}
    Telephone number(s): {phone}
31. Surname and first name of the inviting person(s): {p2.full_l}
    Address and e-mail of inviting person(s): {p2.addr_c} / {p2.email}
Place and date: {city}, {date}     Signature: {sig}

=== int_customs_cn23 | en | * | noocr
CUSTOMS DECLARATION CN 23
From: Name {full_l}
      Business: -
      Street {street:l}
      Postcode/City {pc_town:l}
      Country {country}
      Tel {phone:intl}   Email {email}
To:   Name {p2.full_l}
      Street {p2.street:l}
      Postcode/City {p2.pc_town:l}
      Country {p2.country}
      Tel {p2.phone:intl}
Detailed description of contents     Qty  Net weight  Value  HS tariff  Country of origin
{pick:Knitted wool sweater|Books (used)|Tea, green, 500 g|Ceramic mug set|Children's clothing}   {pick:1|2|3}  {pick:0.45|0.80|1.20} kg  {amt:10-120}  {ref:######}  {country}
Category of item: {cb:Gift|Commercial sample|Documents|Returned goods|Sale of goods}
Date and sender's signature: {date} {sig}

=== int_awb | en | * |
AIR WAYBILL — {pick:DHL Express|FedEx International Priority|UPS Worldwide Saver}
Waybill: {ref:## #### ####}   Ship date: {date}
SHIPPER: {co}
         {coaddr}
RECEIVER: {full_l}
          {addr_mlc:l}
Phone: {phone:intl}
Contents: {pick:Documents|Spare parts|Replacement phone|Samples}   Declared value: USD {amt:5-800}
Receiver tax ID / EORI: {pick:N/A|not provided}

=== int_hotel_intl | en | * |
HOTEL {pick:GRAND|PLAZA|RIVERSIDE|SAKURA|ATLANTIC} — REGISTRATION CARD (Foreign guests)
Surname: {sur_up:l}       First name: {given_l}
Nationality: {nat}       Date of birth: {dob:dmy/}
Passport No.: {passport}    Date of issue: {date}
Permanent address: {addr_c:l}
Arrival: {date}   Departure: {fdate}   Room: {ref:&0&}
Coming from: {pick:Frankfurt|Singapore|Dubai|London|Bangkok}   Going to: {pick:Tokyo|Paris|home|Rome}
Mobile: {phone:intl}
Guest signature: {sig}

=== int_pnr | en | * | noocr
BOOKING REFERENCE: {ref:@@@%%%}
PASSENGER: {up_comma} {title}
TICKET: {ref:###-##########}
FLIGHT  DATE   FROM  TO   DEP   ARR
{pick:LH|BA|AF|TK|EK|SQ|QR}{ref:&##}  {date:mon}  {pick:FRA|LHR|CDG|IST|DXB}   {pick:JFK|SIN|DEL|LOS|NBO|MNL}  {time}  {time}
FREQUENT FLYER: {ref:@@ #########}
APIS: PASSPORT {passport} / {iso3} / DOB {dob:mon} / {sexc}
CONTACT: {phone:intl} / {email}
FORM OF PAYMENT: CC {card}

=== int_conf_reg | en | * |
Registration — International Symposium on {pick:Coastal Engineering|Rare Diseases|Computational Linguistics|Urban Mobility}
Participant: {full_l}
Affiliation: {emp}
Work e-mail: {wemail}
Mobile: {phone:intl}
Postal address for certificate: {addr_c:l}
Dietary requirements: {pick:none|vegetarian|halal|gluten-free|vegan}
Invitation letter for visa required? {cb:Yes|No}
If yes: passport number {passport}, date of birth {dob:dmy/}, nationality {nat}
Payment: card {card}  exp {card_exp}

=== int_univ_app | en | * |
INTERNATIONAL STUDENT APPLICATION — Personal details
Family name (as in passport): {sur_up:l}
Given name(s): {given_l}
Date of birth: {dob:dmy/}     Gender: {sex}
Country of citizenship: {country}
Passport number: {passport}
Permanent home address: {addr_c:l}
Phone: {phone:intl}    Email: {email}
Emergency contact: {p2.full_l} ({pick:father|mother|uncle|sister}), {p2.phone:intl}
Programme applied for: {pick:MSc Data Science|MBA|BEng Mechanical|LLM International Law|MA Translation}
Intake: {pick:September 2025|January 2026|Fall 2025}

=== int_remit | en | * |
INTERNATIONAL MONEY TRANSFER – SEND FORM
SENDER
Full name: {full_l}
Address: {addr_c:l}
Phone: {phone:intl}
ID type/number: Passport {passport}
Date of birth: {dob:dmy/}
RECEIVER
Full name: {p2.full_l}
Country: {p2.country}   City: {p2.town}
Phone: {p2.phone:intl}
Amount: {amt:50-2000} {pick:USD|EUR|GBP}   Purpose: {pick:Family support|Tuition|Medical bills|Gift}
Control No. (MTCN): {ref:### ### ####}

=== int_seafarer | en | * |
CREW LIST — M/V {pick:NORDIC STAR|PACIFIC DAWN|BALTIC TRADER|OCEAN PEARL}
No. Rank         Surname, Given name            Nationality  DOB          Passport No.
1   {pick:Master|Chief Officer|Bosun|AB|Cook}  {up_comma}        {iso3}          {dob:dmy.}  {passport}
2   {pick:Chief Engineer|Oiler|2nd Officer|Cadet}  {p2.up_comma}   {p2.iso3}          {p2.dob:dmy.}  {p2.passport}
Port of arrival: {pick:Rotterdam|Singapore|Hamburg|Piraeus}    Date: {date}

=== int_embassy_appt | en | * |
Embassy appointment confirmation
Applicant: {full_l}
Passport: {passport}    Nationality: {nat}
Date of birth: {dob:dmy/}
Service: {pick:National visa (D)|Passport renewal|Legalisation of documents|Student visa}
Appointment: {fdate} at {time}
Contact e-mail: {email}   Phone: {phone:intl}
Please bring this confirmation, your passport and two photographs.
"""
)

# --------------------------------------------------------------------------- envelopes
SOURCES.append(
    r"""
=== env_oai_chat | en | * | env esc=json
{"model": "gpt-4o-mini", "temperature": 0, "messages": [{"role": "system", "content": "You are a careful data-entry assistant. Return JSON only."}, {"role": "user", "content": "Extract every field from the following form and return it as a flat JSON object:\n\n{body}"}]}

=== env_oai_chat_pretty | en | * | env esc=json
{
  "model": "gpt-4.1",
  "response_format": {"type": "json_object"},
  "messages": [
    {"role": "system", "content": "Extract structured data from pasted documents."},
    {"role": "user", "content": "{body}"}
  ]
}

=== env_anthropic | en | * | env esc=json
{
  "model": "claude-sonnet-4-5",
  "max_tokens": 2048,
  "system": "You convert scanned forms into clean key/value pairs.",
  "messages": [
    {"role": "user", "content": "Here is the OCR text of a form. Please extract the fields.\n\n<document>\n{body}\n</document>"}
  ]
}

=== env_curl | en | * | env esc=json
curl https://api.openai.com/v1/chat/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer {secret:api}" \
  -d '{"model": "gpt-4o", "messages": [{"role": "user", "content": "Fill the JSON schema from this form:\n{body}"}]}'

=== env_python | en | * | env
from openai import OpenAI

client = OpenAI(api_key="{secret:api}")

FORM = '''
{body}
'''

resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Extract name, date of birth and address:\n" + FORM}],
)
print(resp.choices[0].message.content)

=== env_plain_extract | en | * | env
Extract the fields from this form and give me a table with field name and value:

{body}

=== env_plain_check | en | * | env
Can you check this form before I submit it? Anything missing or inconsistent?

---
{body}
---

=== env_plain_translate | en | * | env
Translate this document into English but keep the layout exactly as it is:

{body}

=== env_ocr_fence | en | * | env
This is the raw OCR output of a scanned form (quality is bad). Please clean it up and fix obvious OCR errors, do not change names or numbers:
```
{body}
```

=== env_jsonl_batch | en | * | env esc=json
{"custom_id": "form-{n:5}", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o-mini", "messages": [{"role": "system", "content": "Return the fields as JSON."}, {"role": "user", "content": "{body}"}]}}

=== env_gemini | en | * | env esc=json
{
  "contents": [{
    "role": "user",
    "parts": [{"text": "Read this form and list all personal details you find:\n\n{body}"}]
  }],
  "generationConfig": {"temperature": 0.1}
}

=== env_ollama | en | * | env esc=json
{"model": "llama3.1:8b", "stream": false, "prompt": "Convert the following record to JSON with keys name, dob, address, phone, email.\n\n{body}"}

=== env_http_raw | en | * | env esc=json
POST /v1/messages HTTP/1.1
Host: api.anthropic.com
x-api-key: {secret:api}
anthropic-version: 2023-06-01
content-type: application/json

{"model": "claude-3-5-haiku-latest", "max_tokens": 1024, "messages": [{"role": "user", "content": "Extract the data from this form:\n{body}"}]}

=== env_log_req | en | * | env both esc=json
{date:iso}T{time}:{pick:04|17|33|58}Z INFO formbot.llm request_id={ref:%%%%%%%%-%%%%} payload={"prompt": "{body}"}

=== env_email_bot | en | * | env
Subject: Fwd: form for extraction
To: intake-bot@{coweb}

Please extract the data from the form below into our CRM.

{body}

=== env_slack | en | * | env
@formbot can you pull the details out of this one and fill the onboarding sheet?
{body}

=== env_fill_schema | en | * | env
Using ONLY the information in the form below, fill this schema. Use null if a value is missing.
{"name": "", "date_of_birth": "", "address": "", "phone": "", "email": "", "id_numbers": []}

FORM:
{body}

=== env_de_prompt | de | * | env
Bitte extrahiere alle Felder aus diesem Formular und gib sie als JSON zurück:

{body}

=== env_de_check | de | * | env
Kannst du prüfen, ob das Formular vollständig ausgefüllt ist?

{body}

=== env_fr_prompt | fr | * | env
Peux-tu extraire les informations de ce formulaire et me les présenter sous forme de tableau ?

{body}

=== env_fr_json | fr | * | env esc=json
{"model": "mistral-large-latest", "messages": [{"role": "user", "content": "Extrais les champs de ce document au format JSON :\n\n{body}"}]}

=== env_es_prompt | es | * | env
Extrae los datos de este formulario y devuélvelos en JSON, por favor:

{body}

=== env_it_prompt | it | * | env
Estrai i campi da questo modulo e restituiscili come coppie chiave: valore.

{body}

=== env_pt_prompt | pt | * | env
Pode extrair os dados deste formulário? Preciso deles em formato de tabela.

{body}

=== env_nl_prompt | nl | * | env
Kun je de gegevens uit dit formulier halen en in JSON zetten?

{body}

=== env_pl_prompt | pl | * | env
Wyciągnij proszę wszystkie dane z tego formularza i zwróć je jako JSON:

{body}

=== env_ja_prompt | ja | * | env
以下の書類から項目を抽出し、JSON形式で出力してください。

{body}

=== env_zh_prompt | zh | * | env
请从下面的表格中提取所有字段，并以 JSON 格式输出：

{body}

=== env_ko_prompt | ko | * | env
아래 서식에서 항목을 추출해서 JSON으로 정리해 주세요.

{body}

=== env_ru_prompt | ru | * | env
Извлеки, пожалуйста, все поля из этой анкеты и верни их в формате JSON:

{body}

=== env_tr_prompt | tr | * | env
Aşağıdaki formdaki bilgileri çıkarıp JSON olarak verir misin?

{body}

=== env_ru_json | ru | * | env esc=json
{"model": "yandexgpt", "messages": [{"role": "user", "text": "Заполни карточку клиента по документу:\n{body}"}]}

=== env_ja_json | ja | * | env esc=jsona
{"model": "gpt-4o", "messages": [{"role": "user", "content": "\u6b21\u306e\u30d5\u30a9\u30fc\u30e0\u3092\u82f1\u8a9e\u306b\u7ffb\u8a33\u3057\u3066\u304f\u3060\u3055\u3044\u3002\n\n{body}"}]}

=== resp_oai | en | * | env resp esc=json
{"id": "chatcmpl-{ref:%%%%%%%%%%%%%%%%}", "object": "chat.completion", "created": 17{n:8}, "model": "gpt-4o-mini-2024-07-18", "choices": [{"index": 0, "message": {"role": "assistant", "content": "{body}"}, "finish_reason": "stop"}], "usage": {"prompt_tokens": {n:3}, "completion_tokens": {n:3}}}

=== resp_anthropic | en | * | env resp esc=json
{
  "id": "msg_01{ref:%%%%%%%%%%%%%%%%%%%%}",
  "type": "message",
  "role": "assistant",
  "model": "claude-sonnet-4-5",
  "content": [{"type": "text", "text": "{body}"}],
  "stop_reason": "end_turn"
}

=== resp_plain | en | * | env resp
Sure! Here are the fields I extracted from the form:

{body}

Let me know if you want me to correct anything.

=== resp_fenced | en | * | env resp
```json
{body}
```

=== resp_plain_short | en | * | env resp
Extracted data:
{body}

=== resp_de | de | * | env resp
Hier sind die extrahierten Angaben:

{body}

=== resp_fr | fr | * | env resp
Voici les informations extraites du formulaire :

{body}

=== resp_es | es | * | env resp
Estos son los datos extraídos:

{body}

=== resp_ja | ja | * | env resp
抽出結果は以下のとおりです。

{body}

=== resp_zh | zh | * | env resp
以下是提取的字段：

{body}
"""
)

# --------------------------------------------------------------------------- templates: English, nothing to remove
SOURCES.append(
    r"""
=== en_blank_intake | en-US | en-US | blank
PATIENT REGISTRATION FORM — {co}
Today's date: ____/____/______
Last name: ______________________  First: __________________  MI: ___
Date of birth: ____/____/______   Sex: [ ] M  [ ] F  [ ] X
Street address: ______________________________________________
City/State/Zip: ______________________________________________
Home phone: (____) _____-________   Cell: (____) _____-________
Email: ______________________________
Insurance carrier: _____________________   Member ID: _______________
Office use only — Chart # {ref:######}   Received by: ____

=== en_blank_w9_instr | en-US | en-US | blank
Instructions for completing the vendor form
Line 1 – Enter your name as shown on your income tax return (for example "John Doe").
Line 2 – Business name/disregarded entity name, if different from above.
Line 5 – Address (number, street, and apt. or suite no.). Example: 123 Main St., Apt 4.
Part I – Enter your TIN in the appropriate box. Do not send this form to the IRS.
Return the completed form to {comail} or fax it to {cophone}.
Questions? Call Vendor Management, {cophone}, Monday–Friday 8:00–17:00.

=== en_blank_b2b_invoice | en-GB | en-GB | blank
{co}
{coaddr}
VAT Reg. No. GB{ref:### #### ##}   Company No. {ref:########}
INVOICE {ref:INV-######}                  Date: {date}
To: {co2}
    {coaddr2}
Description                               Net      VAT      Total
{pick:Consultancy services, March|Pallet storage, 40 bays|Software licence renewal|Catering for staff event}      {amt:400-9000}   20%      {amt:480-10800}
Payment terms: 30 days. Bank: Sort code {ref:##-##-##}, Account {ref:########}
Queries: {comail} / {cophone}

=== en_blank_po | en-US | en-US | blank
PURCHASE ORDER  PO-{ref:######}
Vendor: {co2}, {coaddr2}
Ship to: {co} Receiving Dock B, {coaddr}
Order date: {date}     Required by: {fdate}
Line  Item                         Qty   Unit price
1     {pick:Nitrile gloves, L (case)|A4 copy paper (box)|Toner cartridge 26A|Safety vests, hi-vis}      {pick:10|25|40}    {amt:5-80}
Approved by: Purchasing Department
Send invoices to {comail}

=== en_blank_placeholder_letter | en | * | blank
Dear [Name],

Thank you for registering with {co}. Your account has been created.
Please complete the attached form with your <first name>, <last name>, <date of birth> and
your residential address, and return it to {comail} before {fdate}.

Reference: {ref:@@-#####}

Kind regards,
Customer Onboarding Team
{co} · {cophone}

=== en_blank_schema | en | * | blank noocr esc=json
{
  "form_type": "{pick:rental_application|patient_intake|claim_notice|employee_onboarding}",
  "version": "{pick:1.2|2.0|3.1}",
  "fields": {
    "full_name": null,
    "date_of_birth": null,
    "address": {"street": null, "city": null, "postcode": null},
    "phone": null,
    "email": null
  },
  "source": "upload_{n:6}.pdf",
  "status": "empty_form_detected"
}

=== en_blank_csv_header | en | * | blank noocr
first_name,last_name,email,phone,street,city,postcode,date_of_birth
,,,,,,,
,,,,,,,
# exported {date:iso} from {co} CRM — 0 records matched filter "region={pick:north|EMEA|APAC|west}"

=== en_blank_claim | en-GB | en-GB | blank
CLAIM FORM — PLEASE USE BLOCK CAPITALS
Policy number: ____________________
Policyholder name: ____________________________________
Address: ______________________________________________
Postcode: __________   Telephone: __________________
Date of incident: ___ / ___ / ______
Description of loss or damage:
______________________________________________________
Send to: Claims Department, {co}, {coaddr}
Helpline {cophone} (lines open 8am–8pm)

=== en_blank_company_profile | en | * | blank
SUPPLIER REGISTRATION — COMPANY DETAILS
Legal entity name: {co}
Registered office: {coaddr}
Main switchboard: {cophone}
General enquiries: {comail}
Website: {coweb}
Year founded: {pick:1987|1994|2003|2011|2016}   Employees: {pick:12|48|230|1,400}
Industry: {pick:Logistics|Healthcare services|Software|Construction|Food production}
Bank: to be provided on company letterhead
Contact person: (to be assigned)

=== en_blank_sample_card | en | * | blank
SAMPLE — HOW TO FILL IN THIS FORM
Name:            John Doe
Date of birth:   01/01/1970
Address:         123 Any Street, Anytown
Passport no.:    <passport number>
Email:           name@example.com
Do not copy the sample values above. Write your own details in the blank form on page 2.
Form {ref:@@-###} rev. {date}

=== en_blank_meeting_notice | en | * | blank
NOTICE OF ANNUAL GENERAL MEETING
{co} will hold its annual general meeting on {fdate} at {time} at {coaddr}.
Agenda: 1. Approval of minutes  2. Financial statements  3. Election of board  4. AOB
Proxy forms must reach the company secretary at {comail} no later than 48 hours before the meeting.
Registered number {ref:########}

=== en_blank_recall | en-US | en-US | blank
PRODUCT SAFETY RECALL NOTICE
{co} is voluntarily recalling {pick:4,200 units of the TrailMax 2 child car seat|model KX-40 space heaters|lot 2291 of almond butter 16 oz}.
Affected lot/serial numbers: {ref:@@####} through {ref:@@####}
Consumers should stop using the product and contact {comail} or call {cophone} for a free replacement.
Date of notice: {date}

=== en_blank_shipping_terms | en | * | blank
PACKING LIST  No. {ref:PL-#####}
Shipper: {co}, {coaddr}, Tel {cophone}
Consignee: {co2}, {coaddr2}
Incoterms: {pick:FOB Shanghai|EXW|DAP Rotterdam|CIF Hamburg}
Cartons: {pick:12|40|7|120}   Gross weight: {pick:240|1,180|75|3,400} kg
Marks: {pick:FRAGILE|KEEP DRY|THIS SIDE UP}
HS code {ref:####.##}

=== en_blank_timesheet | en | * | blank
WEEKLY TIMESHEET — {co}
Employee: __________________  Employee no.: ________
Week ending: ___/___/____
Mon ___ h   Tue ___ h   Wed ___ h   Thu ___ h   Fri ___ h
Supervisor signature: ______________________
Submit to {comail} by {pick:Friday 5pm|Monday noon}

=== en_blank_kv_nulls | en | * | blank noocr
applicant_name=
applicant_dob=
applicant_address=
applicant_phone=
applicant_email=
form_id={ref:F-########}
received_at={date:iso}T{time}:00Z
ocr_confidence=0.{n:2}
note=form was submitted blank
"""
)

# --------------------------------------------------------------------------- templates: English model answers
SOURCES.append(
    r"""
=== ans_json_basic | en | * | ans esc=json noocr
{
  "full_name": "{full_l}",
  "date_of_birth": "{dob:iso}",
  "address": "{addr_c:l}",
  "phone": "{phone:intl}",
  "email": "{email}",
  "document": {"type": "passport", "number": "{passport}", "expires": "{fdate:iso}"}
}

=== ans_json_us | en-US | en-US | ans esc=json noocr
{"first_name": "{given}", "middle_name": "{mid}", "last_name": "{sur}", "ssn": "{ssn}", "dob": "{dob:iso}", "street": "{street}", "city_state_zip": "{pc_town}", "phone": "{phone}", "email": "{email}", "employer": "{emp}"}

=== ans_json_claim | en | * | ans esc=json noocr
{
  "claim_type": "{pick:auto|property|travel|health}",
  "claimant": {
    "name": "{full_l}",
    "dob": "{dob:iso}",
    "home_address": "{addr:l}",
    "mobile": "{mobile}",
    "email": "{email}"
  },
  "other_party": {"name": "{p2.full_l}", "phone": "{p2.phone}"},
  "payout_account": "{iban:c}",
  "confidence": 0.{n:2}
}

=== ans_md_table | en | * | ans esc=md
Here is the extracted information:

| Field | Value |
|---|---|
| Name | {full_l} |
| Date of birth | {dob:dmy/} |
| Address | {addr:l} |
| Phone | {phone} |
| Email | {email} |
| Passport no. | {passport} |

=== ans_kv_list | en | * | ans
- **Name:** {full_l}
- **Date of birth:** {dob:long-en}
- **Nationality:** {nat}
- **Address:** {addr:l}
- **Mobile:** {mobile}
- **E-mail:** {email}
- **Driving licence:** {dl}
Fields not found in the document: signature date, emergency contact.

=== ans_json_multi | en | * | ans esc=json noocr
{"people": [
  {"role": "applicant", "name": "{full_l}", "born": "{dob:iso}", "phone": "{phone:intl}"},
  {"role": "co_applicant", "name": "{p2.full_l}", "born": "{p2.dob:iso}", "phone": "{p2.phone:intl}"},
  {"role": "reference", "name": "{p3.full_l}", "email": "{p3.email}"}
], "property": "{home2}", "monthly_rent": "{amt:500-3000}"}

=== ans_json_payment | en | * | ans esc=json noocr
{
  "customer": "{full_l}",
  "billing_address": "{addr_c:l}",
  "card": {"number": "{card}", "expiry": "{card_exp}", "holder": "{up_given:l}"},
  "ip": "{ip}",
  "order_id": "{ref:#########}"
}

=== ans_yaml | en | * | ans noocr
applicant:
  name: {full_l}
  date_of_birth: {dob:iso}
  address: "{addr:l}"
  phone: "{phone:intl}"
  email: {email}
emergency_contact:
  name: {p2.full_l}
  phone: "{p2.phone:intl}"
missing_fields: [signature]

=== ans_corrected | en | * | ans
I checked the form. Two issues:
1. The date of birth is written as {dob:dmy/} in section 1 but the year is missing in section 4.
2. The postcode in the address "{addr:l}" looks incomplete - please verify.
Everything else matches: name {full_l}, phone {phone}, e-mail {email}.
"""
)

# --------------------------------------------------------------------------- templates: German
SOURCES.append(
    r"""
=== de_personalbogen | de | de-DE |
PERSONALFRAGEBOGEN (für die Lohnabrechnung)
Persönliche Angaben
Familienname: {sur}                    Vorname: {given}
Geburtsname: {sur}
Straße und Hausnummer: {street}
PLZ, Ort: {pc_town}
Geburtsdatum: {dob}        Geschlecht: {cbs:männlich|weiblich}
Versicherungsnummer: {ref:## ###### @ ###}
Staatsangehörigkeit: {nat}
Steuer-ID: {natid}
Familienstand: {pick:ledig|verheiratet|geschieden|verwitwet}
Bankverbindung  IBAN: {iban}   BIC: {bic}
Telefon (privat): {phone}     E-Mail: {email}
Eintrittsdatum: {date}   Berufsbezeichnung: {pick:Sachbearbeiterin|Lagerist|Pflegefachkraft|Softwareentwickler|Erzieherin}
Ich versichere, dass die vorstehenden Angaben der Wahrheit entsprechen.
{city}, {date}      Unterschrift Arbeitnehmer/in: {sig}

=== de_anmeldung | de | de-DE |
Anmeldung bei der Meldebehörde
Tag des Einzugs: {date}
Neue Wohnung  Straße, Hausnummer: {street}
              PLZ, Gemeinde: {pc_town}
Bisherige Wohnung: {p2.addr}
Die neue Wohnung ist: {cb:alleinige Wohnung|Hauptwohnung|Nebenwohnung}
Person 1
  Familienname: {sur}    Vornamen: {given}
  Geburtsdatum: {dob}    Geburtsort: {pob}
  Geschlecht: {sex}      Staatsangehörigkeit(en): {nat}
  Religion: {pick:rk|ev|—|ohne}
  Personalausweis Nr.: {idcard}
Person 2
  Familienname: {p3.sur}    Vornamen: {p3.given}
  Geburtsdatum: {p3.dob}
Unterschrift: {sig}

=== de_patient | de | de-DE de-AT |
PATIENTENAUFNAHMEBOGEN — {co}
Name, Vorname: {sur_comma}
Geb.-Datum: {dob}                Geschlecht: {cb:m|w|d}
Anschrift: {addr}
Telefon: {phone}   Mobil: {mobile}
E-Mail: {email}
Krankenkasse: {pick:AOK Bayern|Techniker Krankenkasse|Barmer|DAK-Gesundheit|IKK classic|ÖGK}   Vers.-Nr.: {ref:@#########}
Hausarzt: {p2.full}
Im Notfall zu benachrichtigen: {p3.full}, Tel. {p3.mobile}
Allergien: {pick:keine bekannt|Penicillin|Pollen, Hausstaub|Latex}
Datum / Unterschrift: {date} {sig}

=== de_ueberweisung | de | de-DE |
Überweisungsschein  (Muster 6)
Krankenkasse bzw. Kostenträger: {pick:AOK Nordost|TK|Barmer|KKH}
Name, Vorname des Versicherten: {up_comma}
geb. am {dob}
{addr}
Kostenträgerkennung {ref:#########}   Versicherten-Nr. {ref:@#########}
Überweisung an: {pick:Kardiologie|Orthopädie|Radiologie|Neurologie|HNO}
Diagnose/Verdachtsdiagnose: {pick:V.a. KHK|Gonarthrose re.|chron. Lumbalgie|Schwindel unklarer Genese}
Auftrag: Mitbehandlung   Datum: {date}
Vertragsarztstempel: {co}

=== de_kfz_schaden | de | de-DE |
Kfz-Schadenanzeige
Versicherungsschein-Nr.: {ref:KH-########}     Schadentag: {date}   Uhrzeit: {time}
Schadenort: {pick:A 9 Richtung München, km 412|Kreuzung Goethestraße/Bahnhofstraße|Parkplatz Edeka}
Versicherungsnehmer: {full}
Anschrift: {addr}
Telefon: {mobile}   E-Mail: {email}
Fahrer zum Unfallzeitpunkt: {p2.full}, geb. {p2.dob}
Führerschein-Nr.: {p2.dl}
Amtl. Kennzeichen: {plate}
Unfallgegner: {p3.full}, {p3.addr}
Kennzeichen Gegner: {p3.plate}
Hergang: {pick:Der Gegner fuhr beim Ausparken gegen meine Fahrertür.|Auffahrunfall an der Ampel, ich stand.|Wildunfall (Reh).}
Bankverbindung für Erstattung: {iban}

=== de_mieterselbstauskunft | de | de-DE |
MIETERSELBSTAUSKUNFT
Mietobjekt: {home2}, {pick:2|3|4}-Zimmer-Wohnung, {pick:EG links|2. OG rechts|DG}
                         Mietinteressent/in            Mitmieter/in
Name, Vorname            {sur_comma}                 {p2.sur_comma}
Geburtsdatum             {dob}                    {p2.dob}
derzeitige Anschrift     {addr}
Telefon                  {mobile}                 {p2.mobile}
E-Mail                   {email}
Arbeitgeber              {emp}
Nettoeinkommen mtl.      {amt:1800-6500} €
Derzeitiger Vermieter: {p3.full}, Tel. {p3.phone}
Haustiere: {cb:nein|ja}    Insolvenzverfahren in den letzten 5 Jahren: {cb:nein|ja}
Ort, Datum, Unterschrift: {city}, {date}, {sig}

=== de_sepa_mandat | de | de-DE de-AT |
SEPA-Lastschriftmandat
Zahlungsempfänger: {co}, {coaddr}
Gläubiger-Identifikationsnummer: DE{ref:##ZZZ#########}
Mandatsreferenz: {ref:M-######}
Ich ermächtige {co}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.
Kontoinhaber: {full}
Anschrift: {addr}
IBAN: {iban}
BIC: {bic}
Kreditinstitut: {pick:Sparkasse|Volksbank|Commerzbank|ING|DKB|Erste Bank}
{city}, {date}      Unterschrift: {sig}

=== de_verein | de | de-DE |
Aufnahmeantrag — {pick:TSV|SV|FC|Turnverein} {city} e.V.
Name: {sur}   Vorname: {given}
Geburtsdatum: {dob}
Straße: {street}
PLZ/Ort: {pc_town}
Telefon: {phone}   E-Mail: {email}
Abteilung: {cb:Fußball|Turnen|Tennis|Schwimmen|Leichtathletik}
Beitrag: {pick:Erwachsene 96 €/Jahr|Familie 150 €/Jahr|Jugend 48 €/Jahr}
Bei Minderjährigen Unterschrift eines Erziehungsberechtigten: {p2.full}
SEPA: IBAN {iban}  Kontoinhaber {full}

=== de_strafanzeige | de | de-DE |
Polizeipräsidium {city} — Onlinewache
Vorgangsnummer: {ref:####-######-##/#}
Art der Anzeige: {pick:Diebstahl eines Fahrrads|Sachbeschädigung an Kfz|Betrug (Warenbetrug im Internet)|Wohnungseinbruch}
Tatzeit: {date} zwischen {time} und {time} Uhr
Anzeigeerstatter/in
  Name: {sur}   Vorname: {given}
  Geburtsdatum: {dob}   Geburtsort: {pob}
  Wohnanschrift: {addr}
  Telefon: {mobile}
  E-Mail: {email}
Sachverhalt: Ich habe {amt:80-900} € für {pick:ein gebrauchtes Fahrrad|eine Spielkonsole|Konzertkarten} überwiesen, die Ware kam nie an.
Verkäufer-IBAN laut Chat: {p2.iban}
Zeuge: {p3.full}, {p3.phone}

=== de_unfallbericht | de | de-DE de-AT |
EUROPÄISCHER UNFALLBERICHT
1. Datum: {date}   Uhrzeit: {time}     2. Ort: {pick:Landstraße L 1140|Kreisverkehr Am Alten Markt|Tiefgarage City-Center}
Fahrzeug A
6. Versicherungsnehmer  Name: {sur}  Vorname: {given}
   Anschrift: {addr}
   Tel. oder E-Mail: {mobile}
7. Kennzeichen: {plate}
9. Fahrer  Name: {sur}  Vorname: {given}  Geburtsdatum: {dob}
   Führerschein Nr.: {dl}   Klasse: {pick:B|BE|C1|A2}
Fahrzeug B
6. Name: {p2.sur}  Vorname: {p2.given}
   Anschrift: {p2.addr}
   Tel.: {p2.mobile}
7. Kennzeichen: {p2.plate}
Unterschrift A: {sig}   Unterschrift B: {p2.sig}

=== de_klage_rubrum | de | de-DE |
Amtsgericht {city}
Klage
In dem Rechtsstreit
{full}, {addr},
                                        – Kläger/in –
Prozessbevollmächtigte: {co}, {coaddr}
gegen
{p2.full}, {p2.addr},
                                        – Beklagte/r –
wegen: {pick:Rückzahlung der Mietkaution|Schadensersatz aus Verkehrsunfall|Werklohnforderung}
Streitwert: {amt:800-9000} EUR
Namens und in Vollmacht des Klägers erheben wir Klage und beantragen ...

=== de_rechnung | de | de-DE de-AT |
{co} · {coaddr}
{full}
{addr_ml}
                                   Rechnungsnummer: RE-{ref:####-####}
                                   Rechnungsdatum: {date}
                                   Kundennummer: {ref:K#####}
Rechnung
Pos. Bezeichnung                         Menge   Einzelpreis   Gesamt
1    {pick:Reparatur Heizungsanlage|Fensterreinigung|Umzugshilfe (Std.)|Wartung Gastherme}        {pick:1|2|4}       {amt:40-400} €     {amt:40-1600} €
Zahlbar innerhalb von 14 Tagen ohne Abzug. Bei Fragen: {comail}
USt-IdNr. DE{ref:#########}

=== de_lieferschein | de | de-DE |
LIEFERSCHEIN Nr. {ref:LS-######}            {date}
Lieferanschrift:
{full}
{addr_ml}
Tel. für Spedition: {mobile}
Artikel-Nr.   Bezeichnung                     Menge
{ref:#####}         {pick:Boxspringbett 180x200|Waschmaschine 8 kg|Kleiderschrank Eiche|Sofa 3-Sitzer}      1
Ware in einwandfreiem Zustand erhalten: ________________

=== de_verdienst | de | de-DE |
Abrechnung der Brutto/Netto-Bezüge für {pick:Januar|März|Juni|Oktober|Dezember} 2024
Firma: {co}
Herrn/Frau
{full}
{addr_ml}
Personal-Nr. {ref:#####}   Steuerklasse {pick:I|III|IV|V}   Kinderfreibetrag {pick:0,0|0,5|1,0}
SV-Nummer {ref:## ###### @ ###}   Steuer-ID {natid}   Geb.-Datum {dob}
Gesamtbrutto          {amt:2400-7800}
Lohnsteuer            {amt:200-1600}
Auszahlungsbetrag     {amt:1600-4800}
Überweisung an IBAN {iban}

=== de_kontoauszug | de | de-DE |
{pick:Sparkasse|Volksbank|Commerzbank} — Kontoauszug {pick:3|7|11}/2024   Blatt 1
Kontoinhaber: {full}
{addr_ml}
IBAN: {iban}     BIC: {bic}
Alter Kontostand vom {date}: {amt:100-9000} EUR
Buchungstag  Wert    Verwendungszweck                          Betrag
{date}  {date}  Lastschrift Stadtwerke Abschlag                  -{amt:40-200}
{date}  {date}  Gutschrift Gehalt {co}                  +{amt:1500-4000}

=== de_schulanmeldung | de | de-DE | child
Anmeldung zur Einschulung / Schulanmeldung
Kind: Name {sur}   Vorname(n) {given}
Geburtsdatum {dob}   Geburtsort {pob}   Geschlecht {sex}
Anschrift {addr}
Erziehungsberechtigte/r 1: {p2.full}, Tel. {p2.mobile}, {p2.email}
Erziehungsberechtigte/r 2: {p3.full}, Tel. {p3.mobile}
Kindergarten: {pick:Kita Sonnenschein|Ev. Kindergarten St. Markus|Waldkindergarten}
Masernschutz nachgewiesen: {cb:ja|nein}

=== de_kita | de | de-DE | child
Betreuungsvertrag – Kindertagesstätte
Kind: {full}, geboren am {dob:long}
wohnhaft: {addr}
Sorgeberechtigte: {p2.full} und {p3.full}
Telefon tagsüber: {p2.mobile} / {p3.mobile}
Abholberechtigt: {p4.full} ({pick:Oma|Opa|Tante|Nachbarin})
Beginn der Betreuung: {fdate}  Betreuungsumfang: {pick:35|45|25} Std./Woche
Beitrag per Lastschrift von IBAN {p2.iban}

=== de_vollmacht | de | de-DE de-AT de-CH |
VOLLMACHT
Hiermit bevollmächtige ich,
{full}, geb. {dob}, wohnhaft {addr},
Herrn/Frau {p2.full}, geb. {p2.dob}, wohnhaft {p2.addr},
mich bei {pick:der Kfz-Zulassungsstelle|meiner Bank|der Post (Abholung von Sendungen)|dem Bürgeramt} zu vertreten.
Personalausweis-Nr. des Bevollmächtigten: {p2.idcard}
{city}, den {date}
{sig}

=== de_kuendigung | de | de-DE |
{full}
{addr_ml}
Tel.: {phone}

{co}
Kundenservice
{coaddr}
                                                   {city}, {date}
Kündigung meines Vertrags, Kundennummer {ref:########}
Sehr geehrte Damen und Herren,
hiermit kündige ich meinen {pick:Mobilfunkvertrag|Stromvertrag|Fitnessstudio-Vertrag|DSL-Vertrag} fristgerecht zum nächstmöglichen Zeitpunkt.
Bitte bestätigen Sie mir die Kündigung schriftlich an {email}.
Mit freundlichen Grüßen
{sig}

=== de_hotel_meldeschein | de | de-DE de-AT |
Meldeschein für Beherbergungsstätten
Ankunft: {date}   voraussichtliche Abreise: {fdate}
Familienname: {sur_up}      Vorname: {given}
Geburtsdatum: {dob}         Staatsangehörigkeit: {nat}
Anschrift: {addr_c}
Mitreisende: {p2.full} (geb. {p2.dob})
Reisepass-/Ausweisnummer (ausländische Gäste): {passport}
Unterschrift des Gastes: {sig}

=== de_zulassung | de | de-DE |
Antrag auf Zulassung eines Fahrzeugs
Halter: {sur}, {given}
Geburtsdatum: {dob}   Geburtsort: {pob}
Anschrift: {addr}
Wunschkennzeichen: {plate}   Reservierungs-Nr. {ref:########}
Fahrzeug-Ident.-Nr. (FIN): {vin}
eVB-Nummer: {ref:%%%%%%%}
SEPA-Mandat Kfz-Steuer: IBAN {iban}, Kontoinhaber {full}
Telefon für Rückfragen: {mobile}

=== de_ocr_zweispaltig | de | de-DE |
Name, Vorname                         Geburtsdatum
{sur_comma}                  {dob}
Straße, Hausnummer                    Telefon
{street}                  {phone}
PLZ, Wohnort                          E-Mail
{pc_town}                  {email}
Bankverbindung (IBAN)
{iban}

=== de_en_bilingual | de | de-DE de-AT de-CH |
Name / Name: {full}
Geburtsdatum / Date of birth: {dob}
Anschrift / Address: {addr}
Telefon / Phone: {phone:intl}
E-Mail / E-mail: {email}
Reisepass-Nr. / Passport no.: {passport}
Unterschrift / Signature: {sig}

=== de_csv_kunden | de | de-DE de-AT | esc=csv noocr
Kundennr;Anrede;Vorname;Nachname;Straße;PLZ Ort;Telefon;E-Mail;Geburtstag
{ref:#####};{title};{given};{sur};{street};{pc_town};{phone};{email};{dob}
{ref:#####};{p2.title};{p2.given};{p2.sur};{p2.street};{p2.pc_town};{p2.phone};{p2.email};{p2.dob}

=== at_meldezettel | de | de-AT |
MELDEZETTEL
Familienname (in Blockschrift): {sur_up}
Vorname lt. Geburtsurkunde: {given}
Familienname vor der ersten Eheschließung: {sur}
Geburtsdatum: {dob}   Geschlecht: {sex}
Geburtsort lt. Reisedokument: {pob}
Staatsangehörigkeit: {cb:Österreich|anderer Staat}
Reisedokument bei Fremden: Art Reisepass  Nummer {passport}
ANMELDUNG der Unterkunft in: Straße/Hausnummer/Stiege/Tür {street}
Postleitzahl/Ortsgemeinde {pc_town}
Ist diese Unterkunft Hauptwohnsitz? {cb:ja|nein}
Unterkunftgeber: {p2.full}   Unterschrift: {p2.sig}

=== at_sv_anmeldung | de | de-AT |
Anmeldung zur Pflichtversicherung (Arbeitgeberkopie)
Dienstgeber: {co}, {coaddr}
Versicherungsnummer: {natid}
Familienname: {sur}   Vorname: {given}
Geburtsdatum: {dob}
Anschrift: {addr}
Beschäftigt ab: {date}   als {pick:Angestellte/r|Arbeiter/in|Lehrling|geringfügig Beschäftigte/r}
IBAN für Gehaltsüberweisung: {iban}

=== ch_einwohner | de | de-CH |
Anmeldung Einwohnerkontrolle
Name: {sur}              Vorname: {given}
Geburtsdatum: {dob}      Heimatort: {pob}
Zivilstand: {pick:ledig|verheiratet|geschieden}
Konfession: {pick:röm.-kath.|ev.-ref.|konfessionslos}
AHV-Nr.: {natid}
Neue Adresse: {addr}
Zuzug von: {p2.addr}
Telefon: {mobile}   E-Mail: {email}
Arbeitgeber: {emp}
Unterschrift: {sig}

=== ch_krankenkasse | de | de-CH |
Antrag Grundversicherung
Versicherte Person: {sur_comma}
Geburtsdatum: {dob}     Geschlecht: {cbs:männlich|weiblich}
AHV-Nummer: {natid}
Wohnadresse: {addr}
Telefon: {phone}
Franchise: {cb:CHF 300|CHF 1500|CHF 2500}
Unfalldeckung: {cb:ja|nein}
Prämienzahlung: {cb:monatlich|vierteljährlich|jährlich}  IBAN für Rückerstattungen: {iban}

=== de_json_export | de | de-DE de-AT de-CH | esc=json noocr
{"kunde": {"anrede": "{title}", "vorname": "{given}", "nachname": "{sur}", "geburtsdatum": "{dob:iso}", "anschrift": {"strasse": "{street}", "plz_ort": "{pc_town}"}, "telefon": "{phone}", "email": "{email}"}, "zahlung": {"iban": "{iban:c}", "mandat": "{ref:M######}"}, "erstellt": "{date:iso}"}

=== de_blank_formular | de | de-DE | blank
Antrag auf Ausstellung eines Bewohnerparkausweises
Name, Vorname: ______________________________
Anschrift: __________________________________
Amtl. Kennzeichen: ______________
Beispiel: Max Mustermann, Musterstraße 1, 12345 Musterstadt
Bitte senden Sie den Antrag an {comail} oder an {co}, {coaddr}.
Gebühr: {amt:10-40} € · Bearbeitungszeit ca. {pick:2|3|4} Wochen

=== de_blank_impressum | de | de-DE de-AT | blank
Impressum
{co}
{coaddr}
Telefon: {cophone}
E-Mail: {comail}
Registergericht: Amtsgericht {city}, HRB {ref:#####}
USt-IdNr.: DE{ref:#########}
Vertretungsberechtigt: die Geschäftsführung
"""
)

# --------------------------------------------------------------------------- templates: French
SOURCES.append(
    r"""
=== fr_fiche_salarie | fr | fr-FR |
FICHE DE RENSEIGNEMENTS SALARIÉ
NOM : {sur_up}                     Prénom(s) : {given}
Nom de naissance : {sur_up}
Né(e) le : {dob}   à : {pob}   Nationalité : {nat}
N° de sécurité sociale : {natid}
Adresse : {street}
Code postal / Ville : {pc_town}
Tél. portable : {mobile}      Courriel : {email}
Situation familiale : {pick:célibataire|marié(e)|pacsé(e)|divorcé(e)}   Enfants à charge : {pick:0|1|2|3}
Personne à prévenir en cas d'urgence : {p2.full} — {p2.mobile}
Coordonnées bancaires (joindre un RIB) — IBAN : {iban}   BIC : {bic}
Date d'entrée : {date}    Poste : {pick:assistante de direction|préparateur de commandes|infirmière|développeur|agent d'accueil}
Fait à {city}, le {date}     Signature : {sig}

=== fr_dossier_location | fr | fr-FR |
DOSSIER DE CANDIDATURE LOCATAIRE — {co}
Logement : {home2}   Loyer CC : {amt:450-1800} €
LOCATAIRE 1
  Civilité : {title}   Nom : {sur}   Prénom : {given}
  Date et lieu de naissance : {dob} à {pob}
  Adresse actuelle : {addr}
  Téléphone : {mobile}   E-mail : {email}
  Employeur : {emp}   Type de contrat : {cb:CDI|CDD|Intérim|Indépendant|Étudiant}
  Revenus nets mensuels : {amt:1300-5200} €
LOCATAIRE 2 / CONJOINT
  Nom, prénom : {p2.up_given}   Né(e) le : {p2.dob}
GARANT
  Nom : {p3.full}   Adresse : {p3.addr}   Tél. : {p3.phone}
Pièces jointes : pièce d'identité, 3 derniers bulletins de salaire, avis d'imposition

=== fr_constat | fr | fr-FR fr-BE |
CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE
1. Date de l'accident : {date}   Heure : {time}    2. Localisation : {pick:rond-point de la Libération|A7 sortie 23|parking Carrefour|rue Pasteur}
VÉHICULE A
6. Preneur d'assurance / assuré  Nom : {sur_up}   Prénom : {given}
   Adresse : {addr}
   Tél. ou e-mail : {mobile}
7. Véhicule  N° d'immatriculation : {plate}
8. Société d'assurance : {pick:MAIF|MACIF|AXA|Groupama|Allianz}   N° de contrat : {ref:########}
9. Conducteur  Nom : {sur_up}  Prénom : {given}  Date de naissance : {dob}
   Permis de conduire n° : {dl}
VÉHICULE B
6. Nom : {p2.sur_up}   Prénom : {p2.given}
   Adresse : {p2.addr}
7. N° d'immatriculation : {p2.plate}
Signature des conducteurs : A {sig}   B {p2.sig}

=== fr_declaration_sinistre | fr | fr-FR |
DÉCLARATION DE SINISTRE HABITATION
N° de contrat : {ref:HAB########}
Assuré : {title} {full}
Adresse du risque : {addr}
Téléphone : {phone}      E-mail : {email}
Nature du sinistre : {cb:Dégât des eaux|Vol / cambriolage|Incendie|Bris de glace|Catastrophe naturelle}
Date de survenance : {date}
Circonstances : {pick:fuite du ballon d'eau chaude dans la salle de bains|porte d'entrée fracturée pendant les vacances|infiltration par la toiture après l'orage}
Tiers impliqué (voisin) : {p2.full}, {p2.addr}
Relevé d'identité bancaire pour l'indemnisation : {iban}

=== fr_fiche_patient | fr | fr-FR fr-BE fr-CH |
FICHE PATIENT — {co}
Nom d'usage : {sur_up}      Nom de naissance : {sur_up}
Prénom : {given}            Sexe : {cbs:M|F}
Date de naissance : {dob}
Adresse : {addr}
Téléphone : {mobile}
Adresse e-mail : {email}
N° de sécurité sociale / mutualité : {natid}
Médecin traitant : {p2.full}
Personne de confiance : {p3.full} ({pick:conjoint|fille|fils|sœur|ami}) — {p3.mobile}
Allergies connues : {pick:aucune|pénicilline|arachides|iode}

=== fr_attestation_hebergement | fr | fr-FR |
ATTESTATION D'HÉBERGEMENT
Je soussigné(e) {full}, né(e) le {dob} à {pob},
demeurant au {addr},
atteste sur l'honneur héberger à mon domicile depuis le {date}
{p2.title} {p2.full}, né(e) le {p2.dob} à {p2.pob}.
Fait pour servir et valoir ce que de droit.
À {city}, le {date}
Signature : {sig}
Pièce jointe : copie de ma pièce d'identité et d'un justificatif de domicile.

=== fr_procuration | fr | fr-FR fr-BE fr-CH |
PROCURATION
Je soussigné(e), {full}
né(e) le {dob}, domicilié(e) {addr},
donne procuration à {p2.full}, né(e) le {p2.dob}, demeurant {p2.addr},
pour {pick:retirer en mon nom un colis recommandé|effectuer les démarches d'immatriculation de mon véhicule|me représenter à l'assemblée générale des copropriétaires}.
Numéro de passeport du mandataire : {p2.passport}
Fait à {city}, le {date}.
Signature du mandant : {sig}

=== fr_resiliation | fr | fr-FR |
{full}
{addr_ml}
{phone}
                                              {co}
                                              Service Résiliations
                                              {coaddr}
Objet : Résiliation de mon contrat n° {ref:##########}
Lettre recommandée avec accusé de réception
Madame, Monsieur,
Par la présente, je vous informe de ma volonté de résilier mon contrat {pick:d'assurance auto|d'abonnement box internet|de téléphonie mobile}.
Je vous remercie de m'adresser la confirmation à {email}.
Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
{sig}

=== fr_mandat_sepa | fr | fr-FR fr-BE |
MANDAT DE PRÉLÈVEMENT SEPA
Référence unique du mandat : {ref:RUM-########}
Créancier : {co} — ICS FR{ref:##ZZZ######}
Nom, prénom du débiteur : {up_given}
Adresse : {street}
Code postal : Ville : {pc_town}
IBAN : {iban}
BIC : {bic}
Paiement : {cb:Récurrent|Ponctuel}
Signé à : {city}   Le : {date}   Signature : {sig}

=== fr_facture | fr | fr-FR fr-BE |
{co}
{coaddr} — SIRET {ref:### ### ### #####}
FACTURE N° F{ref:####-####}         Date : {date}
Client :
{title} {full}
{addr_ml}
Désignation                            Qté   P.U. HT    Total HT
{pick:Intervention plomberie|Dépannage chaudière|Pose de parquet (m²)|Débroussaillage}       {pick:1|2|12}     {amt:30-300}    {amt:60-1800}
TVA 20 %                                               {amt:10-360}
Net à payer                                            {amt:70-2200} €
Règlement par virement — merci d'indiquer le n° de facture.

=== fr_bulletin_paie | fr | fr-FR |
BULLETIN DE PAIE — Période du {date} au {date}
Employeur : {co}, {coaddr}
Salarié : {title} {full}
Adresse : {addr}
Matricule : {ref:#####}    N° SS : {natid}
Emploi : {pick:Technicien|Vendeuse|Aide-soignante|Comptable}   Coefficient : {pick:230|285|310}
Salaire de base          {amt:1700-4200}
Cotisations salariales   -{amt:300-900}
Net à payer avant impôt  {amt:1300-3400}
Virement sur IBAN {iban}

=== fr_inscription_ecole | fr | fr-FR fr-BE | child
FICHE D'INSCRIPTION SCOLAIRE — Année {pick:2024-2025|2025-2026}
ÉLÈVE
Nom : {sur_up}   Prénom : {given}
Né(e) le : {dob}   à : {pob}   Sexe : {sex}
Adresse : {addr}
Classe demandée : {pick:CP|CE1|CM2|6e|Petite section}
RESPONSABLE LÉGAL 1 : {p2.full}
  Tél. : {p2.mobile}   Courriel : {p2.email}
RESPONSABLE LÉGAL 2 : {p3.full}
  Tél. : {p3.mobile}
Personne autorisée à récupérer l'enfant : {p4.full}

=== fr_plainte | fr | fr-FR |
RÉCÉPISSÉ DE DÉPÔT DE PLAINTE
Commissariat de {city}    Procès-verbal n° {ref:####/#####}
Le {date}, à {time}, devant nous, s'est présenté(e) :
{up_given}
Né(e) le {dob} à {pob}
Demeurant : {addr}
Téléphone : {mobile}
Qui déclare déposer plainte contre X pour : {pick:vol de téléphone portable|cambriolage de la résidence principale|escroquerie sur internet|dégradation de véhicule}.
Numéro IMEI / de série : {ref:###############}

=== fr_cerfa_passeport | fr | fr-FR |
Demande de passeport — pré-demande en ligne n° {ref:##@@@###}
ÉTAT CIVIL
Nom de famille : {sur_up}    Nom d'usage : —
Prénoms : {given}
Sexe : {sexc}   Date de naissance : {dob}
Commune de naissance : {pob}   Pays : France
Taille : {pick:1,62|1,75|1,81|1,58} m   Couleur des yeux : {pick:marron|bleus|verts|noisette}
DOMICILE : {addr}
Téléphone : {mobile}   E-mail : {email}
Ancien passeport n° : {passport}   délivré le {date}
FILIATION  Père : {p2.full}   Mère : {p3.full}

=== fr_bon_livraison | fr | fr-FR fr-BE fr-CH |
BON DE LIVRAISON n° BL{ref:######}
Destinataire :
{up_given}
{addr_ml}
Tél. : {mobile}
Créneau : {date} entre {time} et {time}
Article : {pick:Réfrigérateur combiné|Canapé d'angle|Matelas 160x200|Lave-linge}   Qté : 1
Instructions : {pick:digicode 4B21, 3e étage sans ascenseur|sonner chez le voisin si absent|laisser au gardien}

=== fr_json_crm | fr | fr-FR fr-BE fr-CA fr-CH | esc=json noocr
{"civilite": "{title}", "nom": "{sur}", "prenom": "{given}", "date_naissance": "{dob:iso}", "adresse": "{addr}", "telephone": "{mobile}", "email": "{email}", "source": "formulaire_web", "consentement_rgpd": true}

=== fr_ocr_cerfa | fr | fr-FR |
Cadre réservé à l'administration
Vos nom et prénoms
{sur_up}
{given}
Votre date de naissance         Votre numéro fiscal
{dob}                      {ref:## ## ### ### ###}
Votre adresse
{addr}
Téléphone                       Adresse électronique
{phone}                  {email}

=== be_fr_inscription | fr | fr-BE |
Formulaire d'inscription — Commune d'{pick:Ixelles|Uccle|Etterbeek|Schaerbeek}
Nom : {sur}     Prénom : {given}
Numéro de registre national : {natid}
Date de naissance : {dob}   Lieu : {pob}
Nouvelle adresse : {addr}
Ancienne adresse : {p2.addr}
GSM : {mobile}   E-mail : {email}
Compte bancaire (pour remboursements) : {iban}

=== be_nl_inschrijving | nl | nl-BE |
Aanvraag aansluiting ziekenfonds — {co}
Naam: {sur}    Voornaam: {given}
Rijksregisternummer: {natid}
Geboortedatum: {dob}
Adres: {addr}
Gsm: {mobile}     E-mail: {email}
Rekeningnummer (IBAN) voor terugbetalingen: {iban}
Datum en handtekening: {date} {sig}

=== ca_fr_bail | fr | fr-CA |
BAIL DE LOGEMENT — Régie du logement (extrait)
A. ENTRE LE LOCATEUR
Nom : {p2.full}
Adresse : {p2.addr}
Tél. : {p2.phone}   Courriel : {p2.email}
ET LE LOCATAIRE
Nom : {full}
Adresse actuelle : {addr}
Tél. : {phone}   Courriel : {email}
Date de naissance : {dob:iso}
B. DESCRIPTION DU LOGEMENT : {home2}, app. {ref:&#}
C. DURÉE : du {date} au {fdate}    Loyer : {amt:700-2200} $ par mois

=== ca_fr_ramq | fr | fr-CA |
Demande d'inscription à l'assurance maladie (RAMQ)
Nom de famille à la naissance : {sur}
Prénom : {given}
Date de naissance : {dob:iso}   Sexe : {sexc}
Lieu de naissance : {pob}
Adresse du domicile : {addr}
Téléphone : {phone}
NAS (facultatif) : {natid}
Numéro du passeport canadien : {passport}
Nom du père : {p2.full}    Nom de la mère à la naissance : {p3.full}

=== ch_fr_regie | fr | fr-CH |
DEMANDE DE LOCATION — {co}
Objet : {home2}, {pick:3,5|4,5|2,5} pièces
Candidat·e : {full}
Date de naissance : {dob}    Nationalité : {nat}
Permis de séjour : {cb:Suisse|C|B|L}
Adresse actuelle : {addr}
Téléphone : {mobile}   E-mail : {email}
Employeur : {emp}   Revenu annuel brut : CHF {amt:50000-140000}
Régie actuelle : {co2}
Garantie de loyer : {cb:Compte bancaire|SwissCaution|Firstcaution}

=== fr_en_bilingue | fr | fr-FR fr-BE fr-CA fr-CH |
Nom / Name: {sur_up}
Prénom / First name: {given}
Date de naissance / Date of birth: {dob}
Adresse / Address: {addr}
Téléphone / Phone: {phone:intl}
Courriel / Email: {email}
No de passeport / Passport No.: {passport}

=== fr_blank_modele | fr | fr-FR | blank
MODÈLE DE LETTRE — à compléter
[Prénom] [Nom]
[Adresse]
[Code postal] [Ville]
                                  {co}
                                  {coaddr}
Objet : demande de remboursement — dossier n° [numéro]
Exemple : Jean Dupont, 1 rue de l'Exemple, 75000 Paris
Renvoyez ce courrier complété à {comail}.

=== fr_blank_mentions | fr | fr-FR fr-BE | blank
Mentions légales
Éditeur : {co}, SAS au capital de {amt:10000-500000} €
Siège social : {coaddr}
RCS {city} {ref:### ### ###}
Standard : {cophone}  —  Contact : {comail}
Directeur de la publication : le Président
Hébergeur : {co2}
"""
)

# --------------------------------------------------------------------------- templates: Spanish, Catalan
SOURCES.append(
    r"""
=== es_alta_empleado | es | es-ES |
FICHA DE ALTA DE TRABAJADOR
Nombre: {given}
Apellidos: {sur}
DNI/NIE: {natid}
Fecha de nacimiento: {dob}       Nacionalidad: {nat}
Nº afiliación Seguridad Social: {ref:## ########/##}
Domicilio: {street}
C.P. y localidad: {pc_town}
Teléfono móvil: {mobile}      Correo electrónico: {email}
Cuenta bancaria (IBAN) para la nómina: {iban}
Fecha de incorporación: {date}    Puesto: {pick:administrativa|mozo de almacén|enfermera|programador|dependienta}
Contacto de emergencia: {p2.full} ({pick:madre|padre|pareja|hermano}) — {p2.mobile}
Firma del trabajador: {sig}

=== es_empadronamiento | es | es-ES |
HOJA DE INSCRIPCIÓN PADRONAL — Ayuntamiento de {city}
Domicilio: {street}
Código postal / Municipio: {pc_town}
Nombre: {given}   1er apellido / 2º apellido: {sur}
Sexo: {cbs:Hombre|Mujer}   Fecha de nacimiento: {dob}
Lugar de nacimiento: {pob}   Nacionalidad: {nat}
Documento: {cb:DNI|NIE}   Número: {natid}
Nivel de estudios: {pick:Bachillerato|Grado universitario|FP superior|ESO}
Teléfono: {mobile}   Email: {email}
Firma del mayor de edad: {sig}

=== es_parte_amistoso | es | es-ES |
DECLARACIÓN AMISTOSA DE ACCIDENTE DE AUTOMÓVIL
1. Fecha: {date}   Hora: {time}    2. Lugar: {pick:A-6 km 23 sentido Madrid|Glorieta de Bilbao|aparcamiento del Mercadona|Calle Real esquina Calle Mayor}
VEHÍCULO A
6. Tomador/Asegurado  Apellidos: {sur_up}   Nombre: {given}
   Dirección: {addr}
   Teléfono o e-mail: {mobile}
7. Matrícula: {plate}
9. Conductor  Fecha de nacimiento: {dob}   Permiso de conducir nº: {dl}
VEHÍCULO B
6. Apellidos: {p2.sur_up}   Nombre: {p2.given}
   Dirección: {p2.addr}
7. Matrícula: {p2.plate}
Firmas: A {sig}   B {p2.sig}

=== es_contrato_alquiler | es | es-ES |
CONTRATO DE ARRENDAMIENTO DE VIVIENDA
En {city}, a {date:long}
REUNIDOS
De una parte, D./Dña. {p2.full}, mayor de edad, con DNI {p2.natid} y domicilio en {p2.addr}, en adelante EL ARRENDADOR.
De otra parte, D./Dña. {full}, nacido/a el {dob}, con DNI {natid} y domicilio en {addr}, en adelante EL ARRENDATARIO.
Vivienda arrendada: {home2}
Renta mensual: {amt:500-1800} € pagaderos en la cuenta {p2.iban}
Teléfono de contacto del arrendatario: {mobile}

=== es_historia_clinica | es | es-ES es-MX |
HOJA DE ADMISIÓN — {co}
Paciente: {full}
Fecha de nacimiento: {dob}   Edad: {age}   Sexo: {sex}
Dirección: {addr}
Teléfono: {phone}   Móvil: {mobile}
Correo: {email}
Aseguradora: {pick:Sanitas|Adeslas|DKV|Mapfre Salud|IMSS|GNP}   Nº póliza: {ref:########}
Médico remitente: {p2.full}
Familiar responsable: {p3.full} — {p3.mobile}
Alergias: {pick:Ninguna conocida|Penicilina|AINEs|Mariscos}

=== es_factura | es | es-ES |
{co} · CIF B{ref:########} · {coaddr}
FACTURA Nº {ref:####/####}          Fecha: {date}
Cliente: {full}
NIF: {natid}
Dirección: {addr}
Concepto                                   Importe
{pick:Reparación de caldera|Mudanza local|Instalación de aire acondicionado|Clases particulares (10 h)}       {amt:80-900} €
IVA 21%                                     {amt:15-190} €
TOTAL                                       {amt:95-1100} €
Forma de pago: domiciliación en {iban}

=== es_denuncia | es | es-ES |
DENUNCIA — Dirección General de la Policía
Comisaría de {city}     Atestado nº {ref:#####/##}
DATOS DEL DENUNCIANTE
Nombre y apellidos: {full}
DNI/NIE: {natid}
Fecha de nacimiento: {dob}   Lugar: {pob}
Domicilio: {addr}
Teléfono: {mobile}   Correo: {email}
HECHOS: Estafa en compraventa online; el vendedor facilitó la cuenta {p2.iban} y no envió el artículo.

=== es_matricula_escolar | es | es-ES es-MX | child
SOLICITUD DE MATRÍCULA — Curso {pick:2024/2025|2025/2026}
DATOS DEL ALUMNO/A
Apellidos: {sur}   Nombre: {given}
Fecha de nacimiento: {dob}   Lugar: {pob}
Domicilio: {addr}
DATOS DE LOS PADRES/TUTORES
Padre/Madre/Tutor 1: {p2.full}   Teléfono: {p2.mobile}   Email: {p2.email}
Padre/Madre/Tutor 2: {p3.full}   Teléfono: {p3.mobile}
Curso solicitado: {pick:1º de Primaria|3º de ESO|Infantil 3 años|1º de Bachillerato}

=== es_nomina | es | es-ES |
RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS
Empresa: {co}   CIF: B{ref:########}
Trabajador: {up_given}
NIF: {natid}   Nº afiliación S.S.: {ref:## ########/##}
Domicilio: {addr}
Periodo de liquidación: {pick:01 ENE|01 ABR|01 SEP|01 NOV} a fin de mes
Salario base ........ {amt:1100-3200}
Retención IRPF ...... -{amt:90-600}
LÍQUIDO A PERCIBIR .. {amt:950-2700}
Transferencia a: {iban}

=== es_json_respuesta | es | es-ES es-MX es-AR es-CO | ans esc=json noocr
{
  "nombre_completo": "{full}",
  "fecha_nacimiento": "{dob:iso}",
  "domicilio": "{addr}",
  "telefono": "{mobile}",
  "correo": "{email}",
  "documento_identidad": "{natid}"
}

=== mx_solicitud_empleo | es | es-MX |
SOLICITUD DE EMPLEO
Puesto solicitado: {pick:Auxiliar contable|Chofer repartidor|Cajera|Ingeniero de soporte}   Sueldo deseado: ${amt:8000-35000}
Nombre: {full}
Fecha de nacimiento: {dob}    Lugar: {pob}
CURP: {natid}
RFC: {natid:rfc}
Domicilio: {addr}
Teléfono celular: {mobile}   Correo: {email}
Estado civil: {pick:Soltero(a)|Casado(a)|Unión libre}
Referencias personales: {p2.full} — {p2.mobile}; {p3.full} — {p3.mobile}
Licencia de manejo: {dl}   Tipo: {pick:A|B|C|E}

=== mx_ine_datos | es | es-MX |
Actualización de datos — Banco
Nombre(s): {given}
Apellido paterno y materno: {sur}
Fecha de nacimiento: {dob}
CURP: {natid}
Domicilio particular: {addr}
Teléfono: {mobile}
Correo electrónico: {email}
Tarjeta de débito: {card}
Beneficiario: {p2.full}, parentesco {pick:esposa|hijo|madre|hermano}

=== mx_contrato_arrend | es | es-MX |
CONTRATO DE ARRENDAMIENTO
ARRENDADOR: {p2.full}, con domicilio en {p2.addr}
ARRENDATARIO: {full}, identificado con credencial de elector clave {ref:@@@@@@########@###}
Domicilio actual del arrendatario: {addr}
FIADOR: {p3.full}, teléfono {p3.mobile}
Inmueble: {home2}
Renta mensual: ${amt:6000-28000} M.N.    Depósito en garantía: ${amt:6000-28000}
Correo para notificaciones: {email}

=== ar_alta_cliente | es | es-AR |
FORMULARIO DE ALTA DE CLIENTE
Apellido y nombre: {sur_comma}
DNI: {natid}    CUIL: {ref:2#-########-#}
Fecha de nacimiento: {dob}
Domicilio: {addr}
Celular: {mobile}   E-mail: {email}
CBU para débito automático: {ref:###############0######}
Forma de pago alternativa: tarjeta {card}

=== co_historia | es | es-CO |
FORMATO DE REGISTRO DE PACIENTE — EPS
Nombres y apellidos: {full}
Tipo y número de documento: CC {natid}
Fecha de nacimiento: {dob}
Dirección de residencia: {addr}
Celular: {mobile}   Correo: {email}
Acompañante: {p2.full}  Cel. {p2.mobile}
Régimen: {cb:Contributivo|Subsidiado}

=== es_ocr_dos_columnas | es | es-ES es-MX |
APELLIDOS                          NOMBRE
{sur}                   {given}
FECHA DE NACIMIENTO                TELÉFONO
{dob}                      {mobile}
DOMICILIO
{addr}
CORREO ELECTRÓNICO
{email}

=== es_blank_plantilla | es | es-ES es-MX | blank
SOLICITUD DE CITA PREVIA — rellene con letra mayúscula
Nombre y apellidos: ____________________________________
DNI/NIE: ______________   Teléfono: ______________
Ejemplo de cumplimentación: JUAN ESPAÑOL ESPAÑOL, 99999999R
Remitir a {comail} · Atención al ciudadano {cophone}
Ref. {ref:@@-####}

=== ca_alta_padro | ca | ca-ES |
SOL·LICITUD D'ALTA AL PADRÓ MUNICIPAL — Ajuntament de {city}
Nom: {given}
Cognoms: {sur}
Data de naixement: {dob}      Lloc de naixement: {pob}
Sexe: {cbs:Home|Dona}
DNI/NIE: {natid}
Adreça: {street}
Codi postal i municipi: {pc_town}
Telèfon: {mobile}   Correu electrònic: {email}
Signatura: {sig}

=== ca_fitxa_pacient | ca | ca-ES |
FITXA DE PACIENT — {co}
Nom i cognoms: {full}
Data de naixement: {dob}
Adreça: {addr}
Telèfon mòbil: {mobile}
Correu: {email}
Targeta sanitària (CIP): {ref:@@@@ # ######## ##}
Persona de contacte: {p2.full}, {p2.mobile}

=== ca_inscripcio_escola | ca | ca-ES | child
FULL D'INSCRIPCIÓ — Escola {pick:Els Pins|La Sínia|Mare de Déu del Carme}
Alumne/a: {full}
Data de naixement: {dob}
Domicili: {addr}
Pare/mare/tutor 1: {p2.full} — {p2.mobile} — {p2.email}
Pare/mare/tutor 2: {p3.full} — {p3.mobile}
Curs: {pick:P3|1r de primària|4t d'ESO}

=== ca_factura | ca | ca-ES |
{co} — NIF B{ref:########}
{coaddr}
FACTURA núm. {ref:####/##}     Data: {date}
Client: {full}
Adreça: {addr}
Concepte: {pick:Reparació de persiana|Classes de repàs|Manteniment de jardí}   Import: {amt:40-600} €
Pagament per domiciliació: {iban}
"""
)

# --------------------------------------------------------------------------- templates: Italian
SOURCES.append(
    r"""
=== it_scheda_dipendente | it | it-IT |
SCHEDA ANAGRAFICA DIPENDENTE
Cognome: {sur}              Nome: {given}
Nato/a a: {pob}             il: {dob}
Codice fiscale: {natid}
Residenza: {street}
CAP e Comune: {pc_town}
Cellulare: {mobile}         E-mail: {email}
Stato civile: {pick:celibe/nubile|coniugato/a|separato/a}
IBAN per accredito stipendio: {iban}
Data di assunzione: {date}   Mansione: {pick:impiegata amministrativa|magazziniere|operatore socio-sanitario|sviluppatore}
Firma: {sig}

=== it_cid | it | it-IT |
CONSTATAZIONE AMICHEVOLE DI INCIDENTE (CAI)
1. Data: {date}   Ora: {time}     2. Luogo: {pick:Tangenziale Est uscita 7|incrocio Via Roma / Via Garibaldi|parcheggio Esselunga}
VEICOLO A
6. Contraente  Cognome: {sur_up}  Nome: {given}
   Indirizzo: {addr}
   Tel. o e-mail: {mobile}
7. Targa: {plate}
9. Conducente  Data di nascita: {dob}   Patente n.: {dl}
VEICOLO B
6. Cognome: {p2.sur_up}  Nome: {p2.given}
   Indirizzo: {p2.addr}
7. Targa: {p2.plate}
Firme: A {sig}   B {p2.sig}

=== it_contratto_locazione | it | it-IT |
CONTRATTO DI LOCAZIONE AD USO ABITATIVO (4+4)
Il/La sig./sig.ra {p2.full}, nato/a a {p2.pob} il {p2.dob}, C.F. {p2.natid}, residente in {p2.addr} (LOCATORE)
concede in locazione al/alla sig./sig.ra {full}, nato/a a {pob} il {dob}, C.F. {natid}, residente in {addr} (CONDUTTORE),
l'unità immobiliare sita in {home2}.
Canone annuo: € {amt:6000-18000}, da versare sul conto IBAN {p2.iban}.
Recapito del conduttore: {mobile} — {email}

=== it_anagrafe | it | it-IT |
DICHIARAZIONE DI RESIDENZA — Comune di {city}
Il/La sottoscritto/a
Cognome: {sur}   Nome: {given}
Data di nascita: {dob}   Luogo di nascita: {pob}
Sesso: {sexc}   Codice fiscale: {natid}
Cittadinanza: {nat}
Dichiara di aver trasferito la propria residenza in: {addr}
Telefono: {phone}   Cellulare: {mobile}
E-mail/PEC: {email}
Patente tipo {pick:B|AM|C} n. {dl}
Firma: {sig}

=== it_referto_accettazione | it | it-IT |
{co} — ACCETTAZIONE AMBULATORIALE
Paziente: {up_given}
Nato il: {dob}     C.F.: {natid}
Residente: {addr}
Tel.: {mobile}
Medico prescrittore: {p2.full}
Prestazione: {pick:ECG con refertazione|Ecografia addome completo|Visita ortopedica|RX torace}
Ticket: € {amt:20-80}   Esenzione: {pick:nessuna|E01|048}

=== it_fattura | it | it-IT |
{co}
{coaddr} — P.IVA {ref:###########}
FATTURA N. {ref:###}/2024 del {date}
Spett.le
{full}
{addr_ml}
C.F. {natid}
Descrizione                              Imponibile   IVA
{pick:Intervento idraulico urgente|Ripetizioni di matematica|Tinteggiatura appartamento}          {amt:80-1500}       22%
Pagamento: bonifico su IBAN del fornitore entro 30 gg.

=== it_iscrizione_scuola | it | it-IT | child
DOMANDA DI ISCRIZIONE — Scuola primaria
Alunno/a: cognome {sur}  nome {given}
nato/a a {pob} il {dob}   C.F. {natid}
residente in {addr}
Genitore 1: {p2.full}, cell. {p2.mobile}, e-mail {p2.email}
Genitore 2: {p3.full}, cell. {p3.mobile}
Tempo scuola richiesto: {cb:27 ore|30 ore|40 ore (tempo pieno)}

=== it_denuncia | it | it-IT |
VERBALE DI RICEZIONE DI DENUNCIA — Comando Stazione Carabinieri di {city}
L'anno 2024, addì {date}, alle ore {time}, è presente {full},
nato/a a {pob} il {dob}, residente in {addr}, tel. {mobile},
identificato/a a mezzo passaporto n. {passport},
il/la quale denuncia quanto segue: smarrimento del portafoglio contenente la carta di credito n. {card}.

=== it_busta_paga | it | it-IT |
CEDOLINO PAGA — {pick:Gennaio|Aprile|Luglio|Novembre} 2024
Azienda: {co}
Dipendente: {up_given}
Codice fiscale: {natid}   Matricola: {ref:####}
Qualifica: {pick:Impiegato 4° livello|Operaio 3° livello|Quadro}
Retribuzione lorda    {amt:1600-4200}
Ritenute IRPEF        -{amt:200-900}
NETTO IN BUSTA        {amt:1200-2900}
Accredito su IBAN {iban}

=== it_json_anagrafica | it | it-IT | esc=json noocr
{"cognome": "{sur}", "nome": "{given}", "codice_fiscale": "{natid}", "data_nascita": "{dob:iso}", "luogo_nascita": "{pob}", "indirizzo": "{addr}", "cellulare": "{mobile}", "email": "{email}", "iban": "{iban:c}"}

=== it_blank_fac_simile | it | it-IT | blank
FAC-SIMILE — MODULO DI RECESSO
Il sottoscritto (nome e cognome) ______________________
Esempio: Mario Rossi, Via Roma 1, 00100 Roma
Inviare a: {co}, {coaddr}, oppure via e-mail a {comail}
Numero d'ordine: ____________  Data dell'ordine: __/__/____
"""
)

# --------------------------------------------------------------------------- templates: Portuguese
SOURCES.append(
    r"""
=== pt_ficha_colaborador | pt | pt-PT |
FICHA DE ADMISSÃO DE COLABORADOR
Nome completo: {full}
Data de nascimento: {dob}     Naturalidade: {pob}
NIF: {natid}     N.º Segurança Social: {ref:###########}
Cartão de Cidadão n.º: {ref:########} {ref:#}@@{ref:#}
Morada: {street}
Código postal / Localidade: {pc_town}
Telemóvel: {mobile}    E-mail: {email}
IBAN para pagamento do vencimento: {iban}
Contacto de emergência: {p2.full} — {p2.mobile}
Data de admissão: {date}    Categoria: {pick:Técnica administrativa|Operador de armazém|Enfermeiro|Programadora}
Assinatura: {sig}

=== pt_participacao_sinistro | pt | pt-PT |
DECLARAÇÃO AMIGÁVEL DE ACIDENTE AUTOMÓVEL
Data: {date}   Hora: {time}   Local: {pick:A1 km 112|Rotunda da Boavista|Av. da Liberdade, Lisboa}
VEÍCULO A — Tomador do seguro: {full}
  Morada: {addr}
  Telefone: {mobile}
  Matrícula: {plate}   Seguradora: {pick:Fidelidade|Tranquilidade|Allianz|Ageas}
  Condutor — data de nascimento {dob}, carta de condução n.º {dl}
VEÍCULO B — Tomador: {p2.full}
  Morada: {p2.addr}
  Matrícula: {p2.plate}
Assinaturas: {sig} / {p2.sig}

=== pt_contrato_arrendamento | pt | pt-PT |
CONTRATO DE ARRENDAMENTO HABITACIONAL
PRIMEIRO OUTORGANTE (Senhorio): {p2.full}, NIF {p2.natid}, residente em {p2.addr}
SEGUNDO OUTORGANTE (Arrendatário): {full}, nascido/a em {dob}, NIF {natid}, residente em {addr}
Objeto: fração autónoma sita em {home2}
Renda mensal: {amt:450-1500} €, paga por transferência para o IBAN {p2.iban}
Contactos do arrendatário: {mobile} / {email}

=== pt_utente | pt | pt-PT |
FICHA DE INSCRIÇÃO DE UTENTE — {co}
Nome: {full}
Data de nascimento: {dob}     Sexo: {sex}
N.º de utente SNS: {ref:#########}
Morada: {addr}
Telemóvel: {mobile}
E-mail: {email}
Médico de família: {p2.full}
Pessoa a contactar: {p3.full} ({pick:filho|mãe|marido|esposa}) {p3.mobile}

=== br_ficha_cadastral | pt | pt-BR |
FICHA CADASTRAL — PESSOA FÍSICA
Nome completo: {full}
CPF: {natid}       RG: {ref:##.###.###-#} SSP/{pick:SP|RJ|MG|BA|PR}
Data de nascimento: {dob}      Naturalidade: {pob}
Estado civil: {pick:Solteiro(a)|Casado(a)|Divorciado(a)|União estável}
Endereço: {addr}
Celular: {mobile}   E-mail: {email}
Nome da mãe: {p2.full}
Renda mensal: R$ {amt:1500-25000}
Referência pessoal: {p3.full} — {p3.mobile}
Assinatura: {sig}

=== br_contrato_locacao | pt | pt-BR |
CONTRATO DE LOCAÇÃO RESIDENCIAL
LOCADOR(A): {p2.full}, CPF {p2.natid}, residente à {p2.addr}
LOCATÁRIO(A): {full}, nascido(a) em {dob}, CPF {natid}, residente à {addr}
FIADOR(A): {p3.full}, CPF {p3.natid}, telefone {p3.mobile}
IMÓVEL: {home2}
ALUGUEL: R$ {amt:900-6000} mensais, com vencimento todo dia {pick:5|10|15}.
Pagamento via PIX: {p2.email}

=== br_boletim_ocorrencia | pt | pt-BR |
BOLETIM DE OCORRÊNCIA ELETRÔNICO — Polícia Civil
Nº {ref:######/2024}   Natureza: {pick:Furto de celular|Roubo de veículo|Estelionato (golpe do PIX)|Perda de documentos}
Data do fato: {date}  Hora: {time}
VÍTIMA
Nome: {full}
CPF: {natid}     Data de nasc.: {dob}
Endereço: {addr}
Telefone: {mobile}    E-mail: {email}
Histórico: Ao retornar ao estacionamento, o veículo placa {plate} não estava mais no local.
Contato alternativo: {p2.full}, {p2.mobile}.

=== br_matricula_escolar | pt | pt-BR | child
FICHA DE MATRÍCULA — Ano letivo 2025
Aluno(a): {full}
Data de nascimento: {dob}    Certidão de nascimento: {ref:###### ## ## ####}
Endereço: {addr}
Responsável 1: {p2.full}   CPF {p2.natid}   Cel. {p2.mobile}   E-mail {p2.email}
Responsável 2: {p3.full}   Cel. {p3.mobile}
Série: {pick:1º ano EF|5º ano EF|Infantil IV|1º ano EM}

=== br_nota_fiscal | pt | pt-BR |
NOTA FISCAL DE SERVIÇO ELETRÔNICA — NFS-e nº {ref:######}
Prestador: {co} — CNPJ {ref:##.###.###/0001-##}
{coaddr}
TOMADOR DO SERVIÇO
Nome/Razão social: {full}
CPF: {natid}
Endereço: {addr}
E-mail: {email}
Discriminação: {pick:Conserto de ar-condicionado|Aulas de inglês (mês)|Consulta odontológica|Instalação elétrica}
Valor total: R$ {amt:120-3500}

=== br_json_cliente | pt | pt-BR | esc=json noocr
{"nome": "{full}", "cpf": "{natid}", "nascimento": "{dob:iso}", "endereco": "{addr}", "celular": "{mobile}", "email": "{email}", "cartao": "{card}"}

=== br_ocr_rg | pt | pt-BR |
REPÚBLICA FEDERATIVA DO BRASIL
CARTEIRA DE IDENTIDADE
NOME
{up_given}
FILIAÇÃO
{p2.full}
{p3.full}
NATURALIDADE            DATA DE NASCIMENTO
{pob}        {dob}
CPF
{natid}

=== pt_blank_minuta | pt | pt-PT pt-BR | blank
MINUTA — preencher antes de enviar
Eu, [NOME COMPLETO], portador(a) do documento n.º [NÚMERO], residente em [MORADA],
venho requerer a segunda via do cartão de cliente.
Exemplo: Fulano de Tal, Rua Exemplo, 100
Enviar para {comail}  ·  Linha de apoio {cophone}
"""
)

# --------------------------------------------------------------------------- templates: Dutch
SOURCES.append(
    r"""
=== nl_personeelsformulier | nl | nl-NL |
PERSONEELSFORMULIER
Achternaam: {sur}          Voornamen: {given}
Roepnaam: {given}
Geboortedatum: {dob}       Geboorteplaats: {pob}
BSN: {natid}
Adres: {street}
Postcode en woonplaats: {pc_town}
Telefoon: {mobile}         E-mail: {email}
IBAN (salaris): {iban}
Nationaliteit: {nat}
Loonheffingskorting toepassen: {cb:Ja|Nee}
In geval van nood: {p2.full}, {p2.mobile}
Datum in dienst: {date}     Handtekening: {sig}

=== nl_schadeformulier | nl | nl-NL nl-BE |
EUROPEES SCHADEFORMULIER
Datum ongeval: {date}   Tijd: {time}   Plaats: {pick:A12 richting Utrecht|rotonde Molenweg|parkeergarage centrum}
VOERTUIG A
Verzekeringnemer: {full}
Adres: {addr}
Telefoon/e-mail: {mobile}
Kenteken: {plate}
Bestuurder geboortedatum: {dob}   Rijbewijsnummer: {dl}
VOERTUIG B
Verzekeringnemer: {p2.full}
Adres: {p2.addr}
Kenteken: {p2.plate}
Handtekeningen: {sig} / {p2.sig}

=== nl_huurovereenkomst | nl | nl-NL |
HUUROVEREENKOMST WOONRUIMTE
De ondergetekenden:
1. {p2.full}, wonende te {p2.addr}, hierna te noemen "verhuurder",
2. {full}, geboren op {dob}, wonende te {addr}, hierna te noemen "huurder",
verklaren te zijn overeengekomen:
Het gehuurde: {home2}
Huurprijs: € {amt:700-2200} per maand, te voldoen op IBAN {p2.iban}
Contactgegevens huurder: {mobile} / {email}

=== nl_inschrijving_huisarts | nl | nl-NL |
Inschrijfformulier nieuwe patiënt — {co}
Naam: {full}
Geboortedatum: {dob}   Geslacht: {sex}
BSN: {natid}
Adres: {addr}
Telefoon: {phone}   Mobiel: {mobile}
E-mail: {email}
Zorgverzekeraar: {pick:Zilveren Kruis|CZ|VGZ|Menzis|DSW}  Polisnummer: {ref:#########}
Vorige huisarts: {p2.full}
Apotheek: {pick:Apotheek Centrum|Service Apotheek De Linde|BENU Apotheek}

=== nl_aangifte | nl | nl-NL |
PROCES-VERBAAL VAN AANGIFTE — Politie
Registratienummer: {ref:PL####-########}
Aangever
Achternaam: {sur}   Voornamen: {given}
Geboren: {dob} te {pob}
Adres: {addr}
Telefoon: {mobile}   E-mail: {email}
Feit: {pick:fietsdiefstal|inbraak in woning|oplichting via Marktplaats|vernieling auto}
Pleegdatum: {date}   Tijd: {time}
Tegenpartij (indien bekend): {p2.full}, rekening {p2.iban}

=== nl_factuur | nl | nl-NL nl-BE |
{co}
{coaddr}
KvK {ref:########}  ·  btw NL{ref:#########}B01
FACTUUR {ref:2024-####}          Factuurdatum: {date}
Aan: {full}
     {addr_ml}
Omschrijving                                 Bedrag
{pick:Onderhoud cv-ketel|Schilderwerk kozijnen|Verhuizing (6 uur)|Bijles wiskunde}         € {amt:60-1400}
Btw 21%                                      € {amt:12-290}
Gelieve binnen 14 dagen te betalen.

=== nl_inschrijving_school | nl | nl-NL | child
AANMELDFORMULIER BASISSCHOOL
Leerling: {full}   Geboortedatum: {dob}   BSN: {natid}
Adres: {addr}
Ouder/verzorger 1: {p2.full}, tel. {p2.mobile}, {p2.email}
Ouder/verzorger 2: {p3.full}, tel. {p3.mobile}
Huisarts: {p4.full}
Gewenste startdatum: {fdate}

=== nl_csv_leden | nl | nl-NL | esc=csv noocr
lidnummer,voornaam,achternaam,geboortedatum,adres,postcode_plaats,telefoon,email,iban
{ref:####},{given},{sur},{dob},{street},{pc_town},{mobile},{email},{iban:c}
{ref:####},{p2.given},{p2.sur},{p2.dob},{p2.street},{p2.pc_town},{p2.mobile},{p2.email},{p2.iban:c}
{ref:####},{p3.given},{p3.sur},{p3.dob},{p3.street},{p3.pc_town},{p3.mobile},{p3.email},{p3.iban:c}

=== nl_loonstrook | nl | nl-NL |
LOONSTROOK {pick:januari|mei|augustus|december} 2024
Werkgever: {co}
Werknemer: {full}
{addr_ml}
Personeelsnummer: {ref:#####}   BSN: {natid}   Geboortedatum: {dob}
Bruto salaris      {amt:2200-6000}
Loonheffing       -{amt:300-1500}
Netto              {amt:1800-4200}
Uitbetaald op {iban}

=== nl_blank_voorbeeld | nl | nl-NL nl-BE | blank
VOORBEELD — zo vult u het formulier in
Naam: Jan Jansen
Adres: Voorbeeldstraat 1, 1234 AB Voorbeeldstad
Vul hieronder uw eigen gegevens in en stuur het formulier naar {comail}.
Naam: ________________________  Adres: ___________________________
{co} · {coaddr}
"""
)

# --------------------------------------------------------------------------- templates: Polish
SOURCES.append(
    r"""
=== pl_kwestionariusz | pl | pl-PL |
KWESTIONARIUSZ OSOBOWY DLA PRACOWNIKA
1. Imię (imiona) i nazwisko: {full}
2. Imiona rodziców: {p2.given}, {p3.given}
3. Data urodzenia: {dob}
4. Numer PESEL: {natid}
5. Adres zamieszkania: {addr}
6. Adres do korespondencji: {cb:jak wyżej|inny}
7. Numer telefonu: {mobile}   Adres e-mail: {email}
8. Numer rachunku bankowego: {iban}
9. Osoba do powiadomienia w razie wypadku: {p2.full}, tel. {p2.mobile}
{city}, dnia {date}     ....................................... {sig}

=== pl_oswiadczenie_sprawcy | pl | pl-PL |
OŚWIADCZENIE SPRAWCY KOLIZJI DROGOWEJ
Ja, niżej podpisany/a {full}, zam. {addr},
legitymujący/a się prawem jazdy nr {dl}, PESEL {natid}, tel. {mobile},
oświadczam, że w dniu {date} o godz. {time} (miejscowość: {city}), kierując pojazdem marki {pick:Skoda Octavia|Toyota Yaris|Opel Astra|VW Golf} o nr rej. {plate},
spowodowałem/am kolizję z pojazdem o nr rej. {p2.plate}, którym kierował/a {p2.full}, zam. {p2.addr}.
Polisa OC nr {ref:###########} w {pick:PZU|Warta|Allianz|Generali}.
Podpis sprawcy: {sig}   Podpis poszkodowanego: {p2.sig}

=== pl_umowa_najmu | pl | pl-PL |
UMOWA NAJMU LOKALU MIESZKALNEGO
zawarta w dniu {date} (miejscowość: {city}) pomiędzy:
{p2.full}, zam. {p2.addr}, PESEL {p2.natid} – zwanym dalej „Wynajmującym”,
a
{full}, zam. {addr}, PESEL {natid}, tel. {mobile}, e-mail {email} – zwanym dalej „Najemcą”.
§1. Przedmiotem najmu jest lokal położony przy {home2}.
§3. Czynsz najmu wynosi {amt:1500-4500} zł miesięcznie, płatny na rachunek {p2.iban}.

=== pl_karta_pacjenta | pl | pl-PL |
KARTA REJESTRACYJNA PACJENTA — {co}
Nazwisko: {sur}      Imię: {given}
PESEL: {natid}       Data urodzenia: {dob}
Adres: {addr}
Telefon: {mobile}
E-mail: {email}
Osoba upoważniona do informacji o stanie zdrowia: {p2.full}, tel. {p2.mobile}
Lekarz POZ: {p3.full}

=== pl_faktura | pl | pl-PL |
FAKTURA VAT nr FV/{ref:####}/2024
Data wystawienia: {date}
Sprzedawca: {co}, {coaddr}, NIP {ref:###-###-##-##}
Nabywca: {full}
         {addr}
Nazwa towaru/usługi                     Ilość   Cena netto   VAT
{pick:Naprawa pralki|Montaż paneli podłogowych|Korepetycje z chemii|Przegląd kotła gazowego}      {pick:1|2|8}     {amt:50-800}      23%
Do zapłaty: {amt:60-2000} zł
Forma płatności: przelew

=== pl_zgloszenie_meldunkowe | pl | pl-PL |
ZGŁOSZENIE POBYTU STAŁEGO
1. Nazwisko: {sur}
2. Imię (imiona): {given}
3. Numer PESEL: {natid}
4. Data urodzenia: {dob}     5. Miejsce urodzenia: {pob}
6. Adres miejsca pobytu stałego: {street}
   Kod pocztowy, miejscowość: {pc_town}
7. Adres poprzedniego miejsca pobytu: {p2.addr}
8. Telefon: {mobile}    Adres e-mail: {email}
Właściciel lokalu: {p3.full}, podpis {p3.sig}

=== pl_zawiadomienie | pl | pl-PL |
PROTOKÓŁ PRZYJĘCIA USTNEGO ZAWIADOMIENIA O PRZESTĘPSTWIE
Komenda {pick:Rejonowa|Miejska} Policji – {city}
Zawiadamiający: {full}, ur. {dob} w {pob}
zam. {addr}, tel. {mobile}
legitymujący się paszportem nr {passport}
Treść zawiadomienia: {pick:kradzież roweru sprzed bloku|oszustwo przy zakupie na portalu ogłoszeniowym|włamanie do piwnicy|uszkodzenie samochodu na parkingu}.

=== pl_zapisy_szkola | pl | pl-PL | child
WNIOSEK O PRZYJĘCIE DZIECKA DO SZKOŁY PODSTAWOWEJ
Dane dziecka: {full}, PESEL {natid}, data urodzenia {dob}
Adres zamieszkania dziecka: {addr}
Matka/opiekunka prawna: {p2.full}, tel. {p2.mobile}, e-mail {p2.email}
Ojciec/opiekun prawny: {p3.full}, tel. {p3.mobile}
Klasa: {pick:I|IV|VII}

=== pl_json_klient | pl | pl-PL | esc=json noocr
{"imie": "{given}", "nazwisko": "{sur}", "pesel": "{natid}", "data_urodzenia": "{dob:iso}", "adres": "{addr}", "telefon": "{mobile}", "email": "{email}", "numer_konta": "{iban}"}

=== pl_ocr_formularz | pl | pl-PL |
NAZWISKO                          IMIĘ
{sur}                  {given}
PESEL                             DATA URODZENIA
{natid}                     {dob}
ADRES ZAMIESZKANIA
{addr}
TELEFON KONTAKTOWY                E-MAIL
{mobile}                  {email}

=== pl_blank_wzor | pl | pl-PL | blank
WZÓR WYPEŁNIENIA
Imię i nazwisko: Jan Kowalski
Adres: ul. Przykładowa 1, 00-001 Warszawa
Prosimy wpisać własne dane w formularzu poniżej i przesłać na adres {comail}.
Imię i nazwisko: ...................................
Adres: ...................................................
{co}, {coaddr}, tel. {cophone}
"""
)

# --------------------------------------------------------------------------- templates: Czech, Slovak, Hungarian, Romanian
SOURCES.append(
    r"""
=== cs_osobni_dotaznik | cs | cs-CZ |
OSOBNÍ DOTAZNÍK ZAMĚSTNANCE
Příjmení: {sur}              Jméno: {given}
Rodné příjmení: {sur}
Datum narození: {dob}        Místo narození: {pob}
Rodné číslo: {natid}
Státní občanství: {nat}
Trvalé bydliště: {addr}
Telefon: {mobile}            E-mail: {email}
Zdravotní pojišťovna: {pick:VZP (111)|ZPMV (211)|OZP (207)|ČPZP (205)}
Číslo účtu (IBAN): {iban}
Kontaktní osoba: {p2.full}, {p2.mobile}
V {city} dne {date}         Podpis: {sig}

=== cs_zaznam_nehoda | cs | cs-CZ |
ZÁZNAM O DOPRAVNÍ NEHODĚ
Datum: {date}   Čas: {time}   Místo: {pick:D1 km 21|křižovatka Masarykova × Husova|parkoviště OC Chodov}
VOZIDLO A
Pojistník: {full}
Adresa: {addr}
Telefon: {mobile}
RZ: {plate}
Řidič: datum narození {dob}, číslo řidičského průkazu {dl}
VOZIDLO B
Pojistník: {p2.full}
Adresa: {p2.addr}
RZ: {p2.plate}
Podpisy řidičů: {sig} / {p2.sig}

=== cs_najemni_smlouva | cs | cs-CZ |
NÁJEMNÍ SMLOUVA
Pronajímatel: {p2.full}, nar. {p2.dob}, bytem {p2.addr}
Nájemce: {full}, nar. {dob}, r. č. {natid}, bytem {addr}, tel. {mobile}, e-mail {email}
Předmět nájmu: byt {pick:2+kk|3+1|1+1} na adrese {home2}
Nájemné: {amt:9000-28000} Kč měsíčně, splatné na účet {p2.iban}

=== cs_registrace_pacient | cs | cs-CZ |
REGISTRACE PACIENTA — {co}
Jméno a příjmení: {full}
Datum narození: {dob}      Číslo pojištěnce: {natid}
Bydliště: {addr}
Mobil: {mobile}     E-mail: {email}
Osoba oprávněná k informacím: {p2.full}, {p2.mobile}

=== cs_faktura | cs | cs-CZ |
FAKTURA – DAŇOVÝ DOKLAD č. {ref:2024####}
Dodavatel: {co}, {coaddr}, IČ {ref:########}
Odběratel: {full}
           {addr}
Datum vystavení: {date}   Datum splatnosti: {fdate}
Položka: {pick:Oprava kotle|Malování bytu|Doučování angličtiny|Stěhování}   Cena: {amt:800-25000} Kč
Platba převodem, VS {ref:##########}

=== sk_dotaznik | sk | sk-SK |
OSOBNÝ DOTAZNÍK
Priezvisko: {sur}        Meno: {given}
Rodné priezvisko: {sur}
Dátum narodenia: {dob}   Miesto narodenia: {pob}
Rodné číslo: {natid}
Adresa trvalého pobytu: {addr}
Telefón: {mobile}        E-mail: {email}
IBAN: {iban}
V {city}, dňa {date}     Podpis: {sig}

=== sk_hlasenie_pobytu | sk | sk-SK |
PRIHLASOVACÍ LÍSTOK NA TRVALÝ POBYT
Meno a priezvisko: {full}
Dátum a miesto narodenia: {dob}, {pob}
Rodné číslo: {natid}
Adresa pobytu: {street}
PSČ a obec: {pc_town}
Predchádzajúci pobyt: {p2.addr}
Vlastník nehnuteľnosti: {p3.full}
Telefón: {mobile}

=== sk_zmluva | sk | sk-SK |
ZMLUVA O NÁJME BYTU
Prenajímateľ: {p2.full}, bytom {p2.addr}
Nájomca: {full}, nar. {dob}, bytom {addr}
Telefón nájomcu: {mobile}, e-mail: {email}
Predmet nájmu: {home2}
Nájomné {amt:400-1100} € mesačne na účet {p2.iban}

=== hu_munkavallalo | hu | hu-HU |
MUNKAVÁLLALÓI ADATLAP
Név: {full}
Születési név: {full}
Anyja neve: {p2.full}
Születési hely, idő: {pob}, {dob}
TAJ szám: {natid}
Adóazonosító jel: {ref:8#########}
Lakcím: {addr}
Telefon: {mobile}       E-mail: {email}
Bankszámlaszám (IBAN): {iban}
Munkakör: {pick:könyvelő|raktáros|ápoló|szoftverfejlesztő}   Belépés napja: {date}
Aláírás: {sig}

=== hu_baleseti_bejelento | hu | hu-HU |
EURÓPAI GÉPJÁRMŰBALESET-BEJELENTŐ
Dátum: {date}   Idő: {time}   Helyszín: {pick:M1 autópálya 23. km|Váci út – Dózsa György út kereszteződés|Árkád parkoló}
„A” JÁRMŰ
Szerződő: {full}
Cím: {addr}
Telefon: {mobile}
Rendszám: {plate}
Vezető születési ideje: {dob}   Vezetői engedély száma: {dl}
„B” JÁRMŰ
Szerződő: {p2.full}
Cím: {p2.addr}
Rendszám: {p2.plate}
Aláírások: {sig} / {p2.sig}

=== hu_berleti | hu | hu-HU |
LAKÁSBÉRLETI SZERZŐDÉS
Bérbeadó: {p2.full} (lakcím: {p2.addr}, anyja neve: {p3.full})
Bérlő: {full} (született: {pob}, {dob}; lakcím: {addr}; telefon: {mobile}; e-mail: {email})
A bérlemény: {home2}
Bérleti díj: havi {amt:120000-380000} Ft, a bérbeadó {p2.iban} számú számlájára.

=== hu_paciens | hu | hu-HU |
BETEGFELVÉTELI LAP — {co}
Név: {full}
Születési dátum: {dob}     TAJ: {natid}
Lakcím: {addr}
Telefon: {mobile}
Értesítendő hozzátartozó: {p2.full}, {p2.mobile}
Háziorvos: {p3.full}

=== ro_fisa_angajat | ro | ro-RO |
FIȘĂ DE ANGAJARE
Nume: {sur}            Prenume: {given}
CNP: {natid}
Data nașterii: {dob}   Locul nașterii: {pob}
Domiciliul: {addr}
Telefon: {mobile}      E-mail: {email}
Cont IBAN pentru salariu: {iban}
Persoană de contact în caz de urgență: {p2.full}, {p2.mobile}
Data angajării: {date}   Funcția: {pick:contabil|operator depozit|asistent medical|programator}
Semnătura: {sig}

=== ro_constatare | ro | ro-RO |
CONSTATARE AMIABILĂ DE ACCIDENT
Data: {date}   Ora: {time}   Locul: {pick:DN1 km 34|intersecția Bd. Unirii cu Calea Victoriei|parcarea Kaufland}
VEHICUL A
Asigurat: {full}
Adresa: {addr}
Telefon: {mobile}
Nr. înmatriculare: {plate}
Conducător: data nașterii {dob}, permis de conducere nr. {dl}
VEHICUL B
Asigurat: {p2.full}
Adresa: {p2.addr}
Nr. înmatriculare: {p2.plate}
Semnături: {sig} / {p2.sig}

=== ro_contract_inchiriere | ro | ro-RO |
CONTRACT DE ÎNCHIRIERE
Proprietar: {p2.full}, CNP {p2.natid}, domiciliat în {p2.addr}
Chiriaș: {full}, născut(ă) la {dob}, CNP {natid}, domiciliat(ă) în {addr}, tel. {mobile}
Obiectul contractului: apartamentul situat în {home2}
Chiria lunară: {amt:1500-4500} lei, plătibilă în contul {p2.iban}

=== ro_pacient | ro | ro-RO |
FIȘĂ DE INTERNARE — {co}
Pacient: {full}
CNP: {natid}    Data nașterii: {dob}
Domiciliu: {addr}
Telefon: {mobile}    E-mail: {email}
Aparținător: {p2.full}, tel. {p2.mobile}
Medic trimițător: {p3.full}

=== cs_blank_vzor | cs | cs-CZ | blank
VZOR VYPLNĚNÍ
Jméno a příjmení: Jan Novák
Adresa: Vzorová 1, 110 00 Praha 1
Vyplňte prosím vlastní údaje a formulář zašlete na {comail}.
{co}, {coaddr}, tel. {cophone}

=== hu_blank_minta | hu | hu-HU | blank
KITÖLTÉSI MINTA
Név: Minta János
Lakcím: 1111 Budapest, Minta utca 1.
Kérjük, a saját adatait a következő oldalon adja meg, és küldje el a(z) {comail} címre.
{co} · {coaddr} · {cophone}
"""
)

# --------------------------------------------------------------------------- templates: Bulgarian, Croatian, Serbian, Slovene, Greek
SOURCES.append(
    r"""
=== bg_lichni_danni | bg | bg-BG |
ЛИЧНИ ДАННИ НА СЛУЖИТЕЛЯ
Трите имена: {full}
ЕГН: {natid}
Дата на раждане: {dob}     Място на раждане: {pob}
Постоянен адрес: {addr}
Телефон: {mobile}          Имейл: {email}
IBAN за заплата: {iban}
Лице за контакт при спешност: {p2.full}, {p2.mobile}
Дата на постъпване: {date}
Подпис: {sig}

=== bg_dogovor_naem | bg | bg-BG |
ДОГОВОР ЗА НАЕМ НА ЖИЛИЩЕ
Наемодател: {p2.full}, ЕГН {p2.natid}, с адрес {p2.addr}
Наемател: {full}, роден/а на {dob}, ЕГН {natid}, с адрес {addr}, тел. {mobile}
Имот: {home2}
Наемна цена: {amt:400-1500} лв. месечно по сметка {p2.iban}

=== bg_pacient | bg | bg-BG |
РЕГИСТРАЦИОННА КАРТА НА ПАЦИЕНТ — {co}
Име, презиме, фамилия: {full}
ЕГН: {natid}   Дата на раждане: {dob}
Адрес: {addr}
Телефон: {mobile}
Лице за връзка: {p2.full}, {p2.mobile}

=== bg_latin_form | en | bg-BG |
Applicant (as in passport): {up_given:l}
Date of birth: {dob:dmy.}
Personal number (EGN): {natid}
Address: {addr:l}
Mobile: {phone:intl}    E-mail: {email}
Passport No.: {passport}

=== hr_podaci_radnika | hr | hr-HR |
OSOBNI PODACI RADNIKA
Ime i prezime: {full}
OIB: {natid}
Datum rođenja: {dob}    Mjesto rođenja: {pob}
Adresa prebivališta: {addr}
Mobitel: {mobile}       E-pošta: {email}
IBAN za isplatu plaće: {iban}
Osoba za kontakt: {p2.full}, {p2.mobile}
Potpis: {sig}

=== hr_prijava_stete | hr | hr-HR |
PRIJAVA ŠTETE — {co}
Broj police: {ref:##########}
Osiguranik: {full}, OIB {natid}
Adresa: {addr}
Telefon: {mobile}
Datum štetnog događaja: {date}
Opis: {pick:poplava u kupaonici|provala u stan|oštećenje vozila na parkiralištu}
Isplata na račun: {iban}

=== hr_ugovor_najam | hr | hr-HR |
UGOVOR O NAJMU STANA
Najmodavac: {p2.full}, OIB {p2.natid}, {p2.addr}
Najmoprimac: {full}, rođen/a {dob}, OIB {natid}, {addr}, tel. {mobile}
Stan: {home2}
Najamnina: {amt:350-1200} EUR mjesečno na IBAN {p2.iban}

=== sr_prijava_boravista | sr | sr-RS |
ПРИЈАВА ПРЕБИВАЛИШТА
Име и презиме: {full}
ЈМБГ: {natid}
Датум рођења: {dob}   Место рођења: {pob}
Адреса: {addr}
Телефон: {mobile}
Имејл: {email}
Власник стана: {p2.full}
Потпис: {sig}

=== sr_latinica_ugovor | sr | sr-RS |
UGOVOR O ZAKUPU STANA
Zakupodavac: {p2.full_l}, JMBG {p2.natid}, {p2.addr:l}
Zakupac: {full_l}, rođen/a {dob}, JMBG {natid}, {addr:l}, tel. {mobile}
Zakupnina: {amt:250-900} EUR mesečno.
E-mail zakupca: {email}

=== sr_pacijent | sr | sr-RS |
ЗДРАВСТВЕНИ КАРТОН — ОПШТИ ПОДАЦИ
Презиме и име: {fio}
Датум рођења: {dob}    ЈМБГ: {natid}
Адреса: {addr}
Телефон: {mobile}
Изабрани лекар: {p2.full}

=== sl_osebni_podatki | sl | sl-SI |
OSEBNI PODATKI DELAVCA
Ime in priimek: {full}
EMŠO: {natid}
Davčna številka: {ref:########}
Datum rojstva: {dob}    Kraj rojstva: {pob}
Naslov stalnega prebivališča: {addr}
GSM: {mobile}           E-pošta: {email}
TRR (IBAN): {iban}
Podpis: {sig}

=== sl_prijava_skode | sl | sl-SI |
PRIJAVA ŠKODE
Zavarovanec: {full}
Naslov: {addr}
Telefon: {mobile}   E-pošta: {email}
Datum škode: {date}
Registrska številka: {plate}
Vozniško dovoljenje št.: {dl}
Druga stranka: {p2.full}, {p2.addr}
Nakazilo odškodnine na: {iban}

=== el_stoixeia_ergazomenou | el | el-GR |
ΣΤΟΙΧΕΙΑ ΕΡΓΑΖΟΜΕΝΟΥ
Επώνυμο: {sur}                 Όνομα: {given}
Όνομα πατρός: {p2.given}
Ημερομηνία γέννησης: {dob}     Τόπος γέννησης: {pob}
ΑΜΚΑ: {natid}
ΑΦΜ: {ref:#########}
Διεύθυνση κατοικίας: {addr}
Κινητό: {mobile}               Email: {email}
IBAN μισθοδοσίας: {iban}
Υπογραφή: {sig}

=== el_dilosi_atyximatos | el | el-GR |
ΔΗΛΩΣΗ ΑΤΥΧΗΜΑΤΟΣ (Φιλικός Διακανονισμός)
Ημερομηνία: {date}   Ώρα: {time}   Τόπος: {pick:Εθνική Οδός Αθηνών-Λαμίας|Λεωφ. Κηφισίας και Πανόρμου|πάρκινγκ σούπερ μάρκετ}
ΟΧΗΜΑ Α
Ασφαλισμένος: {full}
Διεύθυνση: {addr}
Τηλέφωνο: {mobile}
Αριθμός κυκλοφορίας: {plate}
Οδηγός — ημ. γέννησης {dob}, αρ. διπλώματος οδήγησης {dl}
ΟΧΗΜΑ Β
Ασφαλισμένος: {p2.full}
Διεύθυνση: {p2.addr}
Αριθμός κυκλοφορίας: {p2.plate}

=== el_misthotirio | el | el-GR |
ΜΙΣΘΩΤΗΡΙΟ ΣΥΜΒΟΛΑΙΟ ΚΑΤΟΙΚΙΑΣ
Εκμισθωτής: {p2.full}, κάτοικος {p2.addr}
Μισθωτής: {full}, γεννηθείς/είσα {dob}, κάτοικος {addr}, τηλ. {mobile}
Μίσθιο: {home2}
Μίσθωμα: {amt:300-1200} € μηνιαίως σε λογαριασμό {p2.iban}

=== el_asthenis | el | el-GR |
ΚΑΡΤΑ ΑΣΘΕΝΟΥΣ — {co}
Ονοματεπώνυμο: {full}
Ημ. γέννησης: {dob}   ΑΜΚΑ: {natid}
Διεύθυνση: {addr}
Τηλ.: {mobile}
Συγγενής επικοινωνίας: {p2.full}, {p2.mobile}

=== el_latin_booking | en | el-GR |
GUEST DETAILS (hotel booking form)
Full name (Latin characters): {full_l}
Date of birth: {dob:dmy/}
Home address: {addr:l}
Mobile: {phone:intl}     E-mail: {email}
Passport / ID: {passport}

=== el_blank_ypodeigma | el | el-GR | blank
ΥΠΟΔΕΙΓΜΑ ΣΥΜΠΛΗΡΩΣΗΣ
Ονοματεπώνυμο: [Όνομα Επώνυμο]
Διεύθυνση: [Οδός, Αριθμός, Τ.Κ., Πόλη]
Αποστείλατε την αίτηση στο {comail}.
{co} · {coaddr} · τηλ. {cophone}
"""
)

# --------------------------------------------------------------------------- templates: Turkish
SOURCES.append(
    r"""
=== tr_personel_bilgi | tr | tr-TR |
PERSONEL BİLGİ FORMU
Adı: {given}                 Soyadı: {sur}
T.C. Kimlik No: {natid}
Doğum Tarihi: {dob}          Doğum Yeri: {pob}
Medeni Hali: {pick:Bekar|Evli|Boşanmış}
Adres: {addr}
Cep Telefonu: {mobile}       E-posta: {email}
Maaş Hesabı IBAN: {iban}
Acil Durumda Ulaşılacak Kişi: {p2.full} — {p2.mobile}
İşe Giriş Tarihi: {date}
İmza: {sig}

=== tr_kaza_tespit | tr | tr-TR |
KAZA TESPİT TUTANAĞI
Kaza Tarihi: {date}   Saati: {time}   Yeri: {pick:TEM otoyolu Mahmutbey gişeleri|Bağdat Caddesi / Moda|AVM otoparkı}
A ARACI
Sigortalı: {full}
Adres: {addr}
Telefon: {mobile}
Plaka: {plate}
Sürücü: doğum tarihi {dob}, ehliyet no {dl}
B ARACI
Sigortalı: {p2.full}
Adres: {p2.addr}
Plaka: {p2.plate}
İmzalar: {sig} / {p2.sig}

=== tr_kira_sozlesmesi | tr | tr-TR |
KİRA SÖZLEŞMESİ
Kiraya Veren: {p2.full} (T.C. {p2.natid}), {p2.addr}
Kiracı: {full} (T.C. {natid}), doğum tarihi {dob}, {addr}
Kiracının telefonu: {mobile}   E-posta: {email}
Kiralanan: {home2}
Aylık Kira Bedeli: {amt:8000-45000} TL — {p2.iban} numaralı hesaba ödenecektir.

=== tr_hasta_kayit | tr | tr-TR |
HASTA KAYIT FORMU — {co}
Adı Soyadı: {full}
T.C. Kimlik No: {natid}
Doğum Tarihi: {dob}     Cinsiyet: {sex}
Adres: {addr}
Telefon: {mobile}
Yakını: {p2.full} ({pick:eşi|annesi|babası|kardeşi}) {p2.mobile}
Kan grubu: {pick:A Rh+|0 Rh+|B Rh-|AB Rh+}

=== tr_fatura | tr | tr-TR |
{co}
{coaddr}  ·  Vergi No: {ref:##########}
e-ARŞİV FATURA  No: {ref:@@@2024#########}   Tarih: {date}
Sayın {full}
Adres: {addr}
T.C. Kimlik No: {natid}
Hizmet: {pick:Kombi bakımı|Nakliye|Özel ders (8 saat)|Klima montajı}   Tutar: {amt:500-9000} TL
KDV %20 dahildir.

=== tr_ikamet | tr | tr-TR |
YERLEŞİM YERİ VE DİĞER ADRES BEYAN FORMU
Adı Soyadı: {full}
T.C. Kimlik No: {natid}
Yeni Adres: {addr}
Taşınma Tarihi: {date}
Konut Sahibi: {p2.full}, T.C. {p2.natid}
Telefon: {mobile}
Beyan Edenin İmzası: {sig}

=== tr_okul_kayit | tr | tr-TR | child
OKUL KAYIT FORMU
Öğrencinin Adı Soyadı: {full}
T.C. Kimlik No: {natid}     Doğum Tarihi: {dob}
Adres: {addr}
Veli: {p2.full}   Yakınlığı: {pick:Annesi|Babası}   Cep: {p2.mobile}   E-posta: {p2.email}
Acil durum: {p3.full} {p3.mobile}
Sınıfı: {pick:1. sınıf|5. sınıf|9. sınıf}

=== tr_json_kayit | tr | tr-TR | esc=json noocr
{"ad": "{given}", "soyad": "{sur}", "tckn": "{natid}", "dogum_tarihi": "{dob:iso}", "adres": "{addr}", "telefon": "{mobile}", "eposta": "{email}", "iban": "{iban:c}"}

=== tr_ocr_basvuru | tr | tr-TR |
ADI SOYADI                      DOĞUM TARİHİ
{up_given}             {dob}
ADRES
{addr}
CEP TELEFONU                    E-POSTA
{mobile}            {email}
PASAPORT NO
{passport}

=== tr_blank_ornek | tr | tr-TR | blank
ÖRNEK DOLDURULMUŞ FORM
Adı Soyadı: [Adınız Soyadınız]
T.C. Kimlik No: [11 haneli numara]
Adres: [Mahalle, Cadde/Sokak, No, İlçe/İl]
Formu {comail} adresine gönderiniz. Çağrı merkezi: {cophone}
{co}
"""
)

# --------------------------------------------------------------------------- templates: Russian, Ukrainian
SOURCES.append(
    r"""
=== ru_anketa_sotrudnika | ru | ru-RU |
АНКЕТА СОТРУДНИКА
Фамилия: {sur}
Имя: {given}
Отчество: {mid}
Дата рождения: {dob}        Место рождения: {pob}
Паспорт: {passport}, выдан {pick:ГУ МВД России по г. Москве|ОУФМС России по Санкт-Петербургу|МВД по Республике Татарстан} {date}
СНИЛС: {natid}
ИНН: {natid:inn_ru}
Адрес регистрации: {addr}
Мобильный телефон: {mobile}     E-mail: {email}
Семейное положение: {pick:холост / не замужем|женат / замужем|разведён(а)}
Контактное лицо: {p2.fio}, {p2.mobile}
Подпись: {sig}   Дата: {date}

=== ru_izveshchenie_dtp | ru | ru-RU |
ИЗВЕЩЕНИЕ О ДОРОЖНО-ТРАНСПОРТНОМ ПРОИСШЕСТВИИ
1. Место ДТП: {pick:г. Москва, МКАД 41 км|ул. Ленина, у д. 12|парковка ТЦ «Мега»}   2. Дата: {date}  Время: {time}
ТРАНСПОРТНОЕ СРЕДСТВО «А»
Собственник (Ф.И.О.): {fio}
Адрес: {addr}
Телефон: {mobile}
Гос. регистрационный знак: {plate}
Водитель: дата рождения {dob}, водительское удостоверение {dl}
ТРАНСПОРТНОЕ СРЕДСТВО «В»
Собственник: {p2.fio}
Адрес: {p2.addr}
Гос. номер: {p2.plate}
Подписи водителей: {sig} / {p2.sig}

=== ru_dogovor_arendy | ru | ru-RU |
ДОГОВОР НАЙМА ЖИЛОГО ПОМЕЩЕНИЯ
г. {city}                                                   {date}
Наймодатель: {p2.fio}, паспорт {p2.passport}, зарегистрирован(а) по адресу: {p2.addr},
и Наниматель: {fio}, {dob} г.р., паспорт {passport}, зарегистрирован(а) по адресу: {addr},
заключили настоящий договор о нижеследующем:
1.1. Наймодатель передаёт Нанимателю квартиру по адресу: {home2}.
3.1. Плата за наём составляет {amt:25000-90000} руб. в месяц.
Контакты Нанимателя: тел. {mobile}, e-mail {email}

=== ru_med_karta | ru | ru-RU |
МЕДИЦИНСКАЯ КАРТА ПАЦИЕНТА, ПОЛУЧАЮЩЕГО ПОМОЩЬ В АМБУЛАТОРНЫХ УСЛОВИЯХ
Ф.И.О.: {fio}
Пол: {sex}   Дата рождения: {dob}
Полис ОМС: {ref:################}   СНИЛС: {natid}
Адрес регистрации: {addr}
Телефон: {mobile}
Место работы: {emp}
Лечащий врач: {p2.fio}

=== ru_zayavlenie | ru | ru-RU |
Начальнику отдела полиции
от {fio},
{dob} г.р., проживающего(ей) по адресу: {addr},
тел. {mobile}
ЗАЯВЛЕНИЕ
Прошу принять меры к розыску неизвестного лица, которое путём обмана завладело моими денежными средствами,
переведёнными {date} на карту {p2.card}.
Мой паспорт: {passport}.
Об ответственности за заведомо ложный донос предупреждён(а).
{date}                                  {sig}

=== ru_schet | ru | ru-RU |
{co}
ИНН {ref:##########}  КПП {ref:#########}
{coaddr}
СЧЁТ НА ОПЛАТУ № {ref:###} от {date}
Покупатель: {fio}
Адрес: {addr}
Телефон: {mobile}
Наименование: {pick:Ремонт стиральной машины|Установка окон ПВХ|Репетиторские услуги (8 занятий)|Доставка мебели}   Сумма: {amt:2000-80000} руб.

=== ru_json_klient | ru | ru-RU | esc=json noocr
{"фамилия": "{sur}", "имя": "{given}", "отчество": "{mid}", "дата_рождения": "{dob:iso}", "паспорт": "{passport}", "адрес": "{addr}", "телефон": "{mobile}", "email": "{email}"}

=== ru_latin_visa | en | ru-RU |
VISA SUPPORT REQUEST
Surname: {sur_up:l}    Given names: {given_l}
Date of birth: {dob:dmy.}    Place of birth: {pob}
Passport (international) No.: {passport}
Home address: {addr_c:l}
Phone: {phone:intl}    E-mail: {email}
Employer: {emp}

=== ru_ocr_anketa | ru | ru-RU |
ФАМИЛИЯ ИМЯ ОТЧЕСТВО
{fio}
ДАТА РОЖДЕНИЯ              ТЕЛЕФОН
{dob}             {mobile}
АДРЕС ПРОЖИВАНИЯ
{addr}
ПАСПОРТ СЕРИЯ И НОМЕР
{passport}

=== ru_blank_obrazec | ru | ru-RU | blank
ОБРАЗЕЦ ЗАПОЛНЕНИЯ
Ф.И.О.: Иванов Иван Иванович
Адрес: г. Москва, ул. Примерная, д. 1, кв. 1
Паспорт: 00 00 000000
Заполните, пожалуйста, свои данные на следующей странице и отправьте на {comail}.
{co}, тел. {cophone}

=== uk_anketa | uk | uk-UA |
АНКЕТА ПРАЦІВНИКА
Прізвище, ім'я, по батькові: {fio}
Дата народження: {dob}       Місце народження: {pob}
РНОКПП: {natid}
ID-картка №: {idcard}
Закордонний паспорт №: {passport}
Адреса реєстрації: {addr}
Мобільний: {mobile}          Ел. пошта: {email}
IBAN для виплати заробітної плати: {iban}
Контактна особа: {p2.full}, {p2.mobile}
Підпис: {sig}

=== uk_dogovir_orendy | uk | uk-UA |
ДОГОВІР ОРЕНДИ КВАРТИРИ
Орендодавець: {p2.fio}, РНОКПП {p2.natid}, адреса: {p2.addr}
Орендар: {fio}, дата народження {dob}, РНОКПП {natid}, адреса: {addr}
Телефон орендаря: {mobile}   E-mail: {email}
Квартира за адресою: {home2}
Орендна плата: {amt:8000-30000} грн на місяць на рахунок {p2.iban}

=== uk_dtp | uk | uk-UA |
ПОВІДОМЛЕННЯ ПРО ДОРОЖНЬО-ТРАНСПОРТНУ ПРИГОДУ (Європротокол)
Дата: {date}   Час: {time}   Місце: {pick:просп. Перемоги, 40|вул. Городоцька, біля ТЦ|траса М-06, 23 км}
ТЗ «А»: власник {fio}, адреса {addr}, тел. {mobile}, номерний знак {plate}
   Водій: дата народження {dob}, посвідчення водія {dl}
ТЗ «В»: власник {p2.fio}, адреса {p2.addr}, номерний знак {p2.plate}

=== uk_pacient | uk | uk-UA |
ДЕКЛАРАЦІЯ ПРО ВИБІР ЛІКАРЯ
Пацієнт: {fio}
Дата народження: {dob}    Стать: {sex}
РНОКПП: {natid}
Адреса: {addr}
Телефон: {mobile}    E-mail: {email}
Лікар: {p2.full}
Довірена особа: {p3.full}, {p3.mobile}

=== uk_latin_form | en | uk-UA |
TEMPORARY PROTECTION REGISTRATION
Surname: {sur_up:l}
First name: {given_l}
Date of birth: {dob:dmy/}
Passport number: {passport}
Last address in Ukraine: {addr:l}
Current phone: {phone:intl}    E-mail: {email}
Accompanying family member: {p2.full_l}, born {p2.dob:dmy/}
"""
)

# --------------------------------------------------------------------------- templates: Nordic, Baltic
SOURCES.append(
    r"""
=== sv_personaluppgifter | sv | sv-SE |
PERSONALUPPGIFTER – NYANSTÄLLD
Efternamn: {sur}             Förnamn: {given}
Personnummer: {natid}
Adress: {street}
Postnummer och ort: {pc_town}
Mobil: {mobile}              E-post: {email}
Bankkonto för lön (clearing + kontonr): {ref:####}-{acct:10}
Närmast anhörig: {p2.full}, {p2.mobile}
Anställningsdatum: {date}
Underskrift: {sig}

=== sv_skadeanmalan | sv | sv-SE |
SKADEANMÄLAN HEMFÖRSÄKRING
Försäkringsnummer: {ref:########}
Försäkringstagare: {full}   Personnummer: {natid}
Adress: {addr}
Telefon: {mobile}   E-post: {email}
Skadedatum: {date}
Typ av skada: {cb:Inbrott|Vattenskada|Brand|Stöld utanför hemmet}
Beskrivning: {pick:Cykeln stals från cykelstället vid stationen.|Läckage från diskmaskinen skadade köksgolvet.|Inbrott i källarförrådet.}
Utbetalning till IBAN: {iban}

=== sv_hyreskontrakt | sv | sv-SE |
HYRESKONTRAKT FÖR BOSTADSLÄGENHET (andrahand)
Uthyrare: {p2.full}, {p2.natid}, {p2.addr}
Hyresgäst: {full}, född {dob}, {addr}, tel. {mobile}, {email}
Lägenhet: {home2}
Hyra: {amt:5500-16000} kr per månad, betalas till bankgiro {ref:###-####}

=== sv_patient | sv | sv-SE |
INSKRIVNING — {co}
Namn: {full}
Personnummer: {natid}
Adress: {addr}
Mobil: {mobile}
Närstående: {p2.full}, {p2.mobile}
Allergier: {pick:inga kända|penicillin|nötter}

=== da_personaleoplysninger | da | da-DK |
PERSONALEOPLYSNINGER
Navn: {full}
CPR-nr.: {natid}
Adresse: {addr}
Mobil: {mobile}         E-mail: {email}
Lønkonto: reg.nr. {ref:####} kontonr. {acct:10}
Nærmeste pårørende: {p2.full}, {p2.mobile}
Tiltrædelsesdato: {date}
Underskrift: {sig}

=== da_skadesanmeldelse | da | da-DK |
SKADEANMELDELSE — MOTORKØRETØJ
Policenummer: {ref:#########}
Forsikringstager: {full}
Adresse: {addr}
Telefon: {mobile}
Registreringsnummer: {plate}
Fører: født {dob}, kørekortnummer {dl}
Modpart: {p2.full}, {p2.addr}, reg.nr. {p2.plate}
Skadedato: {date}

=== da_lejekontrakt | da | da-DK |
LEJEKONTRAKT
Udlejer: {p2.full}, {p2.addr}
Lejer: {full}, født {dob}, nuværende adresse {addr}
Telefon: {mobile}   E-mail: {email}
Lejemålet: {home2}
Husleje: {amt:5000-15000} kr. pr. måned til {p2.iban}

=== nb_personalskjema | nb | nb-NO |
PERSONALSKJEMA
Etternavn: {sur}         Fornavn: {given}
Fødselsnummer: {natid}
Adresse: {street}
Postnr./sted: {pc_town}
Mobil: {mobile}          E-post: {email}
Kontonummer for lønn: {ref:####.##.#####}
Pårørende: {p2.full}, tlf. {p2.mobile}
Startdato: {date}
Signatur: {sig}

=== nb_skademelding | nb | nb-NO |
SKADEMELDING — innbo
Polisenummer: {ref:########}
Forsikringstaker: {full}
Adresse: {addr}
Telefon: {mobile}   E-post: {email}
Skadedato: {date}
Hva skjedde: {pick:Vannlekkasje fra oppvaskmaskin.|Innbrudd i bod.|Sykkel stjålet utenfor jobben.}
Utbetaling til konto: {iban}

=== nb_leiekontrakt | nb | nb-NO |
HUSLEIEKONTRAKT
Utleier: {p2.full}, {p2.addr}
Leietaker: {full}, født {dob}, {addr}, tlf. {mobile}
Leieobjekt: {home2}
Husleie: {amt:7000-19000} kr per måned
Depositum settes inn på depositumskonto; leietakers e-post: {email}

=== fi_henkilotiedot | fi | fi-FI |
HENKILÖTIETOLOMAKE
Sukunimi: {sur}          Etunimet: {given}
Henkilötunnus: {natid}
Osoite: {street}
Postinumero ja -toimipaikka: {pc_town}
Puhelin: {mobile}        Sähköposti: {email}
Tilinumero (IBAN): {iban}
Lähiomainen: {p2.full}, {p2.mobile}
Työsuhteen alkamispäivä: {date}
Allekirjoitus: {sig}

=== fi_vahinkoilmoitus | fi | fi-FI |
VAHINKOILMOITUS — AJONEUVO
Vakuutusnumero: {ref:##########}
Vakuutuksenottaja: {full}
Osoite: {addr}
Puhelin: {mobile}
Rekisterinumero: {plate}
Kuljettaja: syntymäaika {dob}, ajokortin numero {dl}
Vastapuoli: {p2.full}, {p2.addr}, rekisterinumero {p2.plate}
Korvaus tilille: {iban}

=== fi_vuokrasopimus | fi | fi-FI |
HUONEISTON VUOKRASOPIMUS
Vuokranantaja: {p2.full}, {p2.addr}
Vuokralainen: {full}, syntynyt {dob}, {addr}, puh. {mobile}, {email}
Vuokrakohde: {home2}
Vuokra: {amt:550-1600} € kuukaudessa tilille {p2.iban}

=== is_starfsmannaupplysingar | is | is-IS |
STARFSMANNAUPPLÝSINGAR
Nafn: {full}
Kennitala: {natid}
Heimilisfang: {addr}
Farsími: {mobile}        Netfang: {email}
Bankareikningur: {ref:####-##-######}
Nánasti aðstandandi: {p2.full}, {p2.mobile}
Upphafsdagur starfs: {date}

=== is_leigusamningur | is | is-IS |
HÚSALEIGUSAMNINGUR
Leigusali: {p2.full}, kt. {p2.natid}, {p2.addr}
Leigjandi: {full}, kt. {natid}, {addr}, sími {mobile}
Leiguhúsnæði: {home2}
Leiga: {amt:180000-390000} kr. á mánuði inn á {p2.iban}

=== et_isikuandmed | et | et-EE |
TÖÖTAJA ISIKUANDMED
Ees- ja perekonnanimi: {full}
Isikukood: {natid}
Elukoht: {addr}
Telefon: {mobile}       E-post: {email}
Pangakonto (IBAN): {iban}
Kontaktisik: {p2.full}, {p2.mobile}
Allkiri: {sig}

=== et_uurileping | et | et-EE |
ELURUUMI ÜÜRILEPING
Üürileandja: {p2.full}, isikukood {p2.natid}, {p2.addr}
Üürnik: {full}, sündinud {dob}, {addr}, tel {mobile}, {email}
Üüritav eluruum: {home2}
Üür: {amt:350-1100} eurot kuus kontole {p2.iban}

=== lv_darbinieka_anketa | lv | lv-LV |
DARBINIEKA ANKETA
Vārds, uzvārds: {full}
Personas kods: {natid}
Dzimšanas datums: {dob}
Deklarētā adrese: {addr}
Tālrunis: {mobile}      E-pasts: {email}
Bankas konts (IBAN): {iban}
Kontaktpersona: {p2.full}, {p2.mobile}
Paraksts: {sig}

=== lv_ire_ligums | lv | lv-LV |
DZĪVOKĻA ĪRES LĪGUMS
Izīrētājs: {p2.full}, p.k. {p2.natid}, {p2.addr}
Īrnieks: {full}, dzimis/-usi {dob}, {addr}, tālr. {mobile}
Īrētais dzīvoklis: {home2}
Īres maksa: {amt:300-900} EUR mēnesī kontā {p2.iban}

=== lt_darbuotojo_anketa | lt | lt-LT |
DARBUOTOJO ANKETA
Vardas, pavardė: {full}
Asmens kodas: {natid}
Gimimo data: {dob}
Gyvenamoji vieta: {addr}
Telefonas: {mobile}     El. paštas: {email}
Banko sąskaita (IBAN): {iban}
Kontaktinis asmuo: {p2.full}, {p2.mobile}
Parašas: {sig}

=== lt_nuomos_sutartis | lt | lt-LT |
BUTO NUOMOS SUTARTIS
Nuomotojas: {p2.full}, a. k. {p2.natid}, {p2.addr}
Nuomininkas: {full}, gim. {dob}, {addr}, tel. {mobile}, el. p. {email}
Nuomojamas butas: {home2}
Nuomos mokestis: {amt:350-1100} Eur per mėnesį į sąskaitą {p2.iban}

=== sv_blank_exempel | sv | sv-SE | blank
EXEMPEL PÅ IFYLLD BLANKETT
Namn: Anna Andersson
Adress: Exempelgatan 1, 123 45 Exempelstad
Fyll i dina egna uppgifter på nästa sida och skicka blanketten till {comail}.
{co} · {coaddr} · Växel {cophone}

=== fi_blank_malli | fi | fi-FI | blank
MALLI — näin täytät lomakkeen
Nimi: Matti Meikäläinen
Osoite: Esimerkkikatu 1, 00100 Helsinki
Palauta täytetty lomake osoitteeseen {comail}.
{co}, {coaddr}, vaihde {cophone}
"""
)

# --------------------------------------------------------------------------- templates: Japanese
SOURCES.append(
    r"""
=== ja_rirekisho | ja | ja-JP |
履 歴 書                                   {date} 現在
ふりがな　{kana}
氏　　名　{full}
生年月日　{dob:wareki}生（満{age}歳）　　性別　{sex}
ふりがな　（省略）
現 住 所　{addr}
電話　{mobile}
E-mail　{email}
連絡先（現住所以外に連絡を希望する場合のみ記入）　同上
年　月　学歴・職歴
{pick:2010|2014|2018}　4　{pick:県立桜丘高等学校 卒業|私立青葉大学 経済学部 入学|東都工業大学 情報工学科 卒業}
{pick:2016|2020|2022}　4　{emp} 入社

=== ja_nyusha | ja | ja-JP |
入社手続き書類（従業員情報）
氏名：{full}　（フリガナ：{kana}）
生年月日：{dob}
住所：{addr}
携帯電話：{mobile}
メールアドレス：{email}
マイナンバー：{natid}
緊急連絡先：{p2.full}（{pick:父|母|配偶者|兄|姉}）　{p2.mobile}
給与振込口座：{pick:みずほ銀行|三菱UFJ銀行|三井住友銀行|ゆうちょ銀行}　{pick:新宿|梅田|栄|天神}支店　普通　{acct:7}
入社日：{date}

=== ja_monshinhyo | ja | ja-JP |
問 診 票　　　　{co}
受診日：{date}
お名前：{full}　　フリガナ：{kana}
生年月日：{dob:wareki}　　性別：{cb:男|女}
ご住所：{addr}
電話番号：{mobile}
保険証 記号・番号：{ref:####}・{ref:###}
今日はどうされましたか：{pick:熱がある|咳が続く|腹痛|頭痛|健康診断の再検査}
アレルギー：{cb:なし|あり}
緊急連絡先：{p2.full}　{p2.phone}

=== ja_chintai | ja | ja-JP |
入居申込書　　{co} 御中
物件名：{pick:メゾン青葉|コーポ桜|グランドハイツ緑が丘|サンライズ本町} {ref:&0&}号室
申込者
　氏名：{full}（{kana}）
　生年月日：{dob}　　年齢：{age}歳
　現住所：{addr}
　携帯：{mobile}　　E-mail：{email}
　勤務先：{emp}　　年収：{amt:2500000-9000000}円
連帯保証人
　氏名：{p2.full}　　続柄：{pick:父|母|兄|叔父}
　住所：{p2.addr}
　電話：{p2.phone}

=== ja_tennyu | ja | ja-JP |
住民異動届（転入届）
届出日：{date}
新しい住所：{addr}
前の住所：{p2.addr}
世帯主：{full}
異動者
　1　氏名：{full}　　フリガナ：{kana}　　生年月日：{dob:wareki}　　続柄：世帯主
　2　氏名：{p3.full}　　生年月日：{p3.dob:wareki}　　続柄：{pick:妻|夫|子}
届出人の電話番号：{mobile}

=== ja_jiko | ja | ja-JP |
事故状況報告書
発生日時：{date} {time}頃
発生場所：{pick:首都高速3号線 上り|国道1号線 ○○交差点|スーパー駐車場内}
＜甲＞運転者氏名：{full}
　　住所：{addr}
　　電話：{mobile}
　　生年月日：{dob}
　　運転免許証番号：{dl}
　　車両番号：{plate}
＜乙＞運転者氏名：{p2.full}
　　住所：{p2.addr}
　　電話：{p2.mobile}
事故の状況：{pick:信号待ち停車中に後方から追突された。|駐車場内で後退時に接触。|右折時に対向車と接触。}

=== ja_takuhai | ja | ja-JP |
宅急便（発払い）　伝票番号 {ref:####-####-####}
お届け先
　{addr_ml}
　{full} 様
　電話 {mobile}
ご依頼主
　{co}
　{coaddr}
品名：{pick:書籍|衣類|食品（冷蔵）|精密機器}　お届け予定日：{fdate}

=== ja_kyuyo | ja | ja-JP |
給与明細書　{pick:2024年4月分|2024年9月分|2025年1月分}
{co}
社員番号 {ref:#####}　氏名 {full} 様
基本給　{amt:200000-450000}
健康保険料　{amt:9000-25000}
所得税　{amt:4000-20000}
差引支給額　{amt:180000-380000}
振込先：{pick:三菱UFJ銀行|りそな銀行|楽天銀行} 口座番号 {acct:7}

=== ja_passport_app | ja | ja-JP |
一般旅券発給申請書（記入内容の控え）
氏名（漢字）：{full}
氏名（ヘボン式ローマ字）：{up_given:l}
生年月日：{dob}　　性別：{sex}
本籍：{pick:東京都|大阪府|愛知県|北海道|福岡県}
現住所：{addr}
電話：{mobile}
前回旅券番号：{passport}
緊急連絡先：{p2.full}　{p2.addr}　{p2.phone}

=== ja_en_bilingual | ja | ja-JP |
氏名 / Name：{full} / {full_l}
生年月日 / Date of birth：{dob} / {dob:iso}
住所 / Address：{addr}
電話 / Phone：{phone:intl}
メール / E-mail：{email}
旅券番号 / Passport No.：{passport}

=== ja_csv_kaiin | ja | ja-JP | esc=csv noocr
会員番号,氏名,フリガナ,生年月日,郵便番号・住所,電話番号,メールアドレス
{ref:######},{full},{kana},{dob:iso},{addr},{mobile},{email}
{ref:######},{p2.full},{p2.kana},{p2.dob:iso},{p2.addr},{p2.mobile},{p2.email}

=== ja_json_answer | ja | ja-JP | ans esc=json noocr
{
  "氏名": "{full}",
  "フリガナ": "{kana}",
  "生年月日": "{dob:iso}",
  "住所": "{addr}",
  "電話番号": "{mobile}",
  "メール": "{email}"
}

=== ja_latin_hotel | en | ja-JP |
Guest registration
Name: {up_given:l}
Date of birth: {dob:iso}
Address in Japan: {addr:l}
Phone: {phone:intl}
Passport number: {passport}

=== ja_blank_kinyurei | ja | ja-JP | blank
記入例
氏名：山田 太郎（ヤマダ タロウ）
住所：〒100-0001 東京都千代田区千代田1-1
電話番号：03-0000-0000
※上記は記入例です。ご自身の情報を別紙にご記入のうえ、{comail} までお送りください。
{co}　お客様センター {cophone}
"""
)

# --------------------------------------------------------------------------- templates: Chinese
SOURCES.append(
    r"""
=== zh_ruzhi | zh | zh-CN |
员工入职登记表
姓名：{full}　　性别：{sex}　　出生日期：{dob}
身份证号：{natid}
户籍地址：{p2.addr}
现居住地址：{addr}
手机号码：{mobile}　　电子邮箱：{email}
紧急联系人：{p2.full}　　关系：{pick:父亲|母亲|配偶|兄弟|姐妹}　　电话：{p2.mobile}
工资卡开户行：{pick:中国工商银行|招商银行|中国建设银行|中国银行}　卡号：{card}
入职日期：{date}　　岗位：{pick:会计|仓管员|护士|软件工程师|销售代表}
本人签字：{sig}

=== zh_zufang | zh | zh-CN |
房屋租赁合同
出租方（甲方）：{p2.full}　　身份证号：{p2.natid}
联系电话：{p2.mobile}
承租方（乙方）：{full}　　身份证号：{natid}
联系电话：{mobile}　　电子邮箱：{email}
乙方现住址：{addr}
一、租赁房屋位于：{home2}
二、月租金人民币 {amt:2000-12000} 元，押一付三。
甲方（签字）：{p2.sig}　　乙方（签字）：{sig}
签订日期：{date}

=== zh_jiuzhen | zh | zh-CN |
门诊就诊登记 — {co}
患者姓名：{full}　　性别：{sex}　　年龄：{age}
出生日期：{dob}
身份证号：{natid}
联系电话：{mobile}
家庭住址：{addr}
医保类型：{cb:城镇职工|城乡居民|自费|商业保险}
紧急联系人：{p2.full}　{p2.mobile}
主诉：{pick:发热三天|咳嗽伴胸闷|腰痛一周|体检复查}

=== zh_kuaidi | zh | zh-CN |
快递运单　运单号：SF{ref:#############}
寄件人：{co}　{cophone}
寄件地址：{coaddr}
收件人：{full}
收件电话：{mobile}
收件地址：{addr}
物品：{pick:文件|衣物|电子产品|食品}　　重量：{pick:0.5|1.2|3.0} kg
寄件日期：{date}

=== zh_baoan | zh | zh-CN |
报警回执　　编号：{ref:##################}
报警人：{full}　　性别：{sex}　　出生日期：{dob}
身份证号：{natid}
现住址：{addr}
联系电话：{mobile}
报警时间：{date} {time}
简要案情：{pick:电动车在小区楼下被盗。|在二手平台购物被骗，已转账。|手机在地铁上丢失。}

=== zh_gongzi | zh | zh-CN |
工资条　{pick:2024年3月|2024年8月|2025年1月}
公司：{co}
员工姓名：{full}　　工号：{ref:#####}
应发工资：{amt:6000-30000}
社保个人部分：{amt:500-3000}
个人所得税：{amt:0-3000}
实发工资：{amt:5000-25000}
工资卡：{card}

=== zh_json_answer | zh | zh-CN | ans esc=json noocr
{"姓名": "{full}", "性别": "{sex}", "出生日期": "{dob:iso}", "身份证号": "{natid}", "手机": "{mobile}", "住址": "{addr}", "邮箱": "{email}"}

=== zh_visa_en | en | zh-CN |
VISA APPLICATION — APPLICANT INFORMATION
Family name (in passport): {sur_up:l}
Given name(s): {given_l}
Chinese name: {full_n}
Date of birth: {dob:iso}
Passport No.: {passport}
Home address: {addr:l}
Mobile: {phone:intl}    E-mail: {email}
Emergency contact: {p2.full_l}, {p2.phone:intl}

=== zh_blank_yangben | zh | zh-CN | blank
填表示例
姓名：张三
身份证号：110101199001011234（示例）
地址：XX省XX市XX区XX路X号
请将填写完毕的表格发送至 {comail}，咨询电话 {cophone}。
{co}

=== tw_yuangong | zh | zh-TW |
員工基本資料表
姓名：{full}　　英文姓名：{up_given:l}
出生日期：{dob:roc}　　性別：{sex}
身分證字號：{natid}
戶籍地址：{addr}
通訊地址：{cb:同戶籍地址|其他}
手機：{mobile}　　電子郵件：{email}
緊急聯絡人：{p2.full}　　關係：{pick:父|母|配偶|兄|姊}　　電話：{p2.mobile}
薪資帳戶：{pick:台灣銀行|國泰世華|中國信託|玉山銀行} 帳號 {acct:12}

=== tw_guahao | zh | zh-TW |
{co} 初診病人基本資料
病人姓名：{full}
出生日期：{dob:rocn}（民國）　　性別：{cb:男|女}
身分證統一編號：{natid}
地址：{addr}
電話：{phone}　　手機：{mobile}
緊急聯絡人：{p2.full}　　電話：{p2.mobile}
過敏史：{cb:無|有}

=== tw_zulin | zh | zh-TW |
住宅租賃契約書
出租人：{p2.full}　　身分證字號：{p2.natid}　　電話：{p2.mobile}
承租人：{full}　　身分證字號：{natid}　　出生日期：{dob:roc}
承租人現址：{addr}
聯絡電話：{mobile}　　E-mail：{email}
租賃標的：{home2}
租金每月新臺幣 {amt:12000-45000} 元整。

=== tw_blank | zh | zh-TW | blank
填寫範例
姓名：王小明
地址：○○市○○區○○路○號
本表填妥後請寄至 {comail}，客服專線 {cophone}。
{co}
"""
)

# --------------------------------------------------------------------------- templates: Korean
SOURCES.append(
    r"""
=== ko_insa | ko | ko-KR |
인사기록카드
성명(한글): {full}　　성명(영문): {up_given:l}
생년월일: {dob}　　성별: {sex}
주민등록번호: {natid}
주소: {addr}
휴대전화: {mobile}　　이메일: {email}
비상연락처: {p2.full} ({pick:부|모|배우자|형제}) {p2.mobile}
급여계좌: {pick:국민은행|신한은행|우리은행|하나은행} {ref:###-######-##-###}
입사일: {date}　　부서: {pick:경영지원팀|물류팀|간호부|개발팀}

=== ko_imdaecha | ko | ko-KR |
주택임대차계약서
임대인: {p2.full}　주민등록번호: {p2.natid}　주소: {p2.addr}　전화: {p2.mobile}
임차인: {full}　주민등록번호: {natid}　주소: {addr}　전화: {mobile}
임대할 부분: {home2}
보증금: 금 {amt:5000000-300000000}원정　　월세: 금 {amt:300000-1500000}원정
계약일: {date}

=== ko_hwanja | ko | ko-KR |
환자 등록 카드 — {co}
성명: {full}　　생년월일: {dob}　　성별: {cb:남|여}
주소: {addr}
연락처: {mobile}
이메일: {email}
보호자: {p2.full}　관계: {pick:배우자|자녀|부모}　연락처: {p2.mobile}
내원 사유: {pick:발열|복통|건강검진|재진}

=== ko_taekbae | ko | ko-KR |
택배 운송장　송장번호 {ref:#### #### ####}
받는 분: {full}
연락처: {mobile}
주소: {addr}
보내는 분: {co}　{cophone}
품목: {pick:의류|도서|전자제품|식품}　배송메모: {pick:문 앞에 놓아주세요|경비실에 맡겨주세요|배송 전 연락 바랍니다}

=== ko_sago | ko | ko-KR |
교통사고 사실 확인서
사고 일시: {date} {time}
사고 장소: {pick:강남대로 신논현역 사거리|경부고속도로 서울방향 45km|대형마트 주차장}
운전자(갑): {full}　생년월일 {dob}　운전면허번호 {dl}
주소: {addr}　연락처: {mobile}
차량번호: {plate}
운전자(을): {p2.full}　연락처: {p2.mobile}
차량번호: {p2.plate}

=== ko_geupyeo | ko | ko-KR |
급여명세서 ({pick:2024년 5월|2024년 11월|2025년 2월})
회사명: {co}
성명: {full}　　사번: {ref:######}
기본급: {amt:2500000-6000000}
국민연금: {amt:100000-270000}
소득세: {amt:30000-400000}
실수령액: {amt:2200000-5200000}

=== ko_json_answer | ko | ko-KR | ans esc=json noocr
{"이름": "{full}", "생년월일": "{dob:iso}", "주소": "{addr}", "휴대전화": "{mobile}", "이메일": "{email}"}

=== ko_latin | en | ko-KR |
Application form (foreign office copy)
Name: {up_given:l}
Korean name: {full_n}
Date of birth: {dob:iso}
Address: {addr:l}
Mobile: {phone:intl}
Passport No.: {passport}

=== ko_blank | ko | ko-KR | blank
작성 예시
성명: 홍길동
주소: ○○시 ○○구 ○○로 00
※ 위 내용은 예시입니다. 본인의 정보를 기재하여 {comail}로 보내 주십시오.
{co} 고객센터 {cophone}
"""
)

# --------------------------------------------------------------------------- templates: Vietnamese, Thai, Indonesian, Malay, Filipino
SOURCES.append(
    r"""
=== vi_so_yeu_ly_lich | vi | vi-VN |
SƠ YẾU LÝ LỊCH
Họ và tên: {full}
Giới tính: {sex}            Ngày sinh: {dob}
Nơi sinh: {pob}
Số CCCD: {natid}
Hộ khẩu thường trú: {p2.addr}
Chỗ ở hiện nay: {addr}
Điện thoại: {mobile}        Email: {email}
Họ tên bố: {p2.full}
Họ tên mẹ: {p3.full}
Người khai ký tên: {sig}

=== vi_hop_dong_thue | vi | vi-VN |
HỢP ĐỒNG THUÊ NHÀ
BÊN CHO THUÊ (Bên A): Ông/Bà {p2.full}, CCCD số {p2.natid}, địa chỉ: {p2.addr}
BÊN THUÊ (Bên B): Ông/Bà {full}, sinh ngày {dob}, CCCD số {natid}
Địa chỉ thường trú: {addr}
Điện thoại: {mobile}   Email: {email}
Nhà cho thuê tại: {home2}
Giá thuê: {amt:3000000-25000000} đồng/tháng.

=== vi_phieu_kham | vi | vi-VN |
PHIẾU ĐĂNG KÝ KHÁM BỆNH — {co}
Họ tên người bệnh: {full}
Ngày sinh: {dob}       Giới tính: {sex}
Địa chỉ: {addr}
Số điện thoại: {mobile}
Số thẻ BHYT: {ref:@@#############}
Người nhà liên hệ: {p2.full} — {p2.mobile}
Lý do khám: {pick:sốt, ho|đau bụng|khám sức khỏe định kỳ|đau lưng}

=== vi_tam_tru | vi | vi-VN |
TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ
Họ, chữ đệm và tên: {full}
Ngày, tháng, năm sinh: {dob}      Giới tính: {sex}
Số định danh cá nhân: {natid}
Số điện thoại liên hệ: {mobile}    Email: {email}
Nơi thường trú: {p2.addr}
Nội dung đề nghị: Đăng ký tạm trú tại {addr}
Chủ hộ: {p3.full}

=== vi_giao_hang | vi | vi-VN |
PHIẾU GIAO HÀNG   Mã vận đơn: {ref:@@@#########}
Người nhận: {full}
SĐT: {mobile}
Địa chỉ nhận: {addr}
Người gửi: {co} — {cophone}
Nội dung hàng: {pick:Quần áo|Sách|Điện thoại|Mỹ phẩm}   Thu hộ (COD): {amt:100000-3000000} đ

=== vi_json_answer | vi | vi-VN | ans esc=json noocr
{"ho_ten": "{full}", "ngay_sinh": "{dob:iso}", "so_cccd": "{natid}", "dia_chi": "{addr}", "dien_thoai": "{mobile}", "email": "{email}"}

=== vi_latin_en | en | vi-VN |
Applicant details (translated from Vietnamese)
Full name: {full_l}
Date of birth: {dob:dmy/}
Address: {addr:l}
Phone: {phone:intl}
Passport: {passport}

=== th_bai_samak | th | th-TH |
ใบสมัครงาน
ชื่อ-นามสกุล: {title}{full}
วัน/เดือน/ปีเกิด: {dob}   อายุ: {age} ปี
เลขประจำตัวประชาชน: {natid}
ที่อยู่ปัจจุบัน: {addr}
โทรศัพท์มือถือ: {mobile}
อีเมล: {email}
บุคคลที่ติดต่อได้ในกรณีฉุกเฉิน: {p2.full} ({pick:บิดา|มารดา|คู่สมรส|พี่ชาย}) โทร. {p2.mobile}
ตำแหน่งที่สมัคร: {pick:พนักงานบัญชี|พนักงานขาย|พยาบาล|โปรแกรมเมอร์}
ลงชื่อผู้สมัคร: {sig}

=== th_sanya_chao | th | th-TH |
สัญญาเช่าห้องพัก
ผู้ให้เช่า: {p2.full}  เลขประจำตัวประชาชน {p2.natid}  ที่อยู่ {p2.addr}
ผู้เช่า: {full}  เกิดวันที่ {dob}  เลขประจำตัวประชาชน {natid}
ที่อยู่ตามทะเบียนบ้าน: {addr}
โทรศัพท์: {mobile}
ห้องเช่า: {home2}
ค่าเช่าเดือนละ {amt:4000-25000} บาท

=== th_patient | th | th-TH |
แบบฟอร์มลงทะเบียนผู้ป่วยใหม่ — {co}
ชื่อ-สกุล: {full}
วันเกิด: {dob}   เพศ: {sex}
เลขบัตรประชาชน: {natid}
ที่อยู่: {addr}
เบอร์โทร: {mobile}
ผู้ติดต่อฉุกเฉิน: {p2.full} {p2.mobile}
ประวัติแพ้ยา: {cb:ไม่มี|มี}

=== th_json_answer | th | th-TH | ans esc=json noocr
{"ชื่อ": "{full}", "วันเกิด": "{dob:iso}", "ที่อยู่": "{addr}", "โทรศัพท์": "{mobile}", "อีเมล": "{email}"}

=== th_latin | en | th-TH |
TM.30 notification — house owner copy
Foreigner's name: {p2.full_l}   Passport: {p2.passport}
House owner / host: {full_l}
Host ID card number: {natid}
Address of residence: {addr:l}
Host phone: {phone:intl}
Arrival date: {date}

=== id_data_karyawan | id | id-ID |
FORMULIR DATA KARYAWAN
Nama lengkap: {full}
NIK: {natid}
Tempat, tanggal lahir: {pob}, {dob:long}
Jenis kelamin: {sex}
Alamat sesuai KTP: {addr}
No. HP: {mobile}          Email: {email}
NPWP: {ref:##.###.###.#-###.###}
Rekening gaji: {pick:BCA|Mandiri|BRI|BNI} {acct:10}
Kontak darurat: {p2.full} ({pick:suami|istri|ayah|ibu|kakak}) {p2.mobile}
Tanda tangan: {sig}

=== id_sewa | id | id-ID |
SURAT PERJANJIAN SEWA RUMAH
Pihak Pertama (pemilik): {p2.full}, NIK {p2.natid}, alamat {p2.addr}
Pihak Kedua (penyewa): {full}, lahir {dob}, NIK {natid}, alamat {addr}, HP {mobile}
Objek sewa: {home2}
Harga sewa: Rp {amt:1500000-15000000} per bulan.

=== id_pasien | id | id-ID |
FORMULIR PENDAFTARAN PASIEN BARU — {co}
Nama pasien: {full}
Tanggal lahir: {dob}    Jenis kelamin: {sex}
NIK: {natid}
No. BPJS: {ref:000#########}
Alamat: {addr}
No. telepon: {mobile}
Penanggung jawab: {p2.full} — {p2.mobile}

=== id_resi | id | id-ID |
RESI PENGIRIMAN   No: {ref:@@##########}
Penerima: {full}
Telp: {mobile}
Alamat: {addr}
Pengirim: {co} ({cophone})
Isi paket: {pick:Pakaian|Buku|Sparepart motor|Kosmetik}   Berat: {pick:1|2|5} kg

=== id_json_answer | id | id-ID | ans esc=json noocr
{"nama": "{full}", "nik": "{natid}", "tanggal_lahir": "{dob:iso}", "alamat": "{addr}", "telepon": "{mobile}", "email": "{email}"}

=== ms_maklumat_pekerja | ms | ms-MY |
BORANG MAKLUMAT PEKERJA
Nama penuh (seperti dalam MyKad): {up_given}
No. MyKad: {natid}
Tarikh lahir: {dob}     Jantina: {sex}
Alamat: {addr}
No. telefon bimbit: {mobile}    E-mel: {email}
No. KWSP: {ref:########}
Akaun bank: {pick:Maybank|CIMB|Public Bank|RHB} {acct:12}
Waris terdekat: {p2.full}, {p2.mobile}
Tandatangan: {sig}

=== ms_perjanjian_sewa | ms | ms-MY |
PERJANJIAN SEWA RUMAH
Tuan rumah: {p2.full} (No. K/P {p2.natid}), {p2.addr}
Penyewa: {full} (No. K/P {natid}), tarikh lahir {dob}
Alamat semasa penyewa: {addr}
Telefon: {mobile}   E-mel: {email}
Premis: {home2}
Sewa bulanan: RM {amt:800-4500}

=== ms_pesakit | ms | ms-MY |
BORANG PENDAFTARAN PESAKIT — {co}
Nama: {full}
No. K/P: {natid}
Tarikh lahir: {dob}
Alamat: {addr}
Telefon: {mobile}
Waris: {p2.full}, {p2.mobile}

=== tl_barangay_form | tl | en-PH |
APLIKASYON PARA SA BARANGAY ID
Pangalan (Apelyido, Pangalan, Gitnang Pangalan): {up_comma_mid}
Petsa ng kapanganakan: {dob:long-tl}
Lugar ng kapanganakan: {pob}
Kasarian: {cbs:Lalaki|Babae}
Tirahan: {addr}
Numero ng telepono: {mobile}
Taong dapat tawagan sa oras ng emergency: {p2.full} — {p2.mobile}
Lagda: {sig}

=== tl_upa | tl | en-PH |
KASUNDUAN SA PAUPAHAN
Ang nagpapaupa: {p2.full}, nakatira sa {p2.addr}
Ang umuupa: {full}, ipinanganak noong {dob:us}, nakatira sa {addr}
Telepono ng umuupa: {mobile}   Email: {email}
Bahay na inuupahan: {home2}
Buwanang upa: ₱{amt:5000-25000}

=== tl_pasyente | tl | en-PH |
PORMA NG PAGPAPATALA NG PASYENTE — {co}
Pangalan ng pasyente: {full}
Petsa ng kapanganakan: {dob:us}
Tirahan: {addr}
Cellphone: {mobile}
PhilHealth No.: {ref:##-#########-#}
Kamag-anak na maaaring tawagan: {p2.full}, {p2.mobile}
"""
)

# --------------------------------------------------------------------------- templates: Arabic, Hebrew, Persian, Urdu
SOURCES.append(
    r"""
=== ar_bayanat_muwazzaf | ar | ar-SA ar-AE |
نموذج بيانات موظف
الاسم الكامل: {full}
رقم الهوية / الإقامة: {natid}
تاريخ الميلاد: {dob}       مكان الميلاد: {pob}
الجنسية: {nat}
العنوان الوطني: {addr}
رقم الجوال: {mobile}       البريد الإلكتروني: {email}
رقم الآيبان: {iban}
جهة الاتصال في حالات الطوارئ: {p2.full} — {p2.mobile}
تاريخ المباشرة: {date}
التوقيع: {sig}

=== ar_aqd_ijar | ar | ar-SA ar-AE ar-EG |
عقد إيجار وحدة سكنية
الطرف الأول (المؤجر): {p2.full}، رقم الهوية {p2.natid}، العنوان: {p2.addr}
الطرف الثاني (المستأجر): {full}، تاريخ الميلاد {dob}، رقم الهوية {natid}
عنوان المستأجر الحالي: {addr}
جوال المستأجر: {mobile}   البريد الإلكتروني: {email}
العين المؤجرة: {home2}
قيمة الإيجار السنوي: {amt:18000-90000}
يتم السداد بالتحويل إلى الحساب {p2.iban}

=== ar_tasjil_marid | ar | ar-SA ar-AE ar-EG |
نموذج تسجيل مريض — {co}
اسم المريض: {full}
تاريخ الميلاد: {dob}     الجنس: {sex}
رقم الهوية: {natid}
العنوان: {addr}
رقم الهاتف: {mobile}
اسم المرافق: {p2.full}   هاتف المرافق: {p2.mobile}
شركة التأمين: {pick:بوبا العربية|التعاونية|ميدغلف|أكسا}   رقم البوليصة: {ref:########}

=== ar_balagh | ar | ar-EG |
محضر إثبات حالة — قسم شرطة {pick:الدقي|مدينة نصر|سموحة}
اسم المبلغ: {full}
الرقم القومي: {natid}
تاريخ الميلاد: {dob}
العنوان: {addr}
رقم المحمول: {mobile}
موضوع البلاغ: {pick:فقد بطاقة الرقم القومي|سرقة هاتف محمول|نصب عبر الإنترنت}
رقم جواز السفر: {passport}

=== ar_faturah | ar | ar-SA ar-AE |
فاتورة ضريبية رقم {ref:INV-#####}
{co}
الرقم الضريبي: {ref:3############3}
العميل: {full}
العنوان: {addr}
الجوال: {mobile}
الوصف: {pick:صيانة مكيف|نقل أثاث|دروس خصوصية|تركيب ستائر}   المبلغ: {amt:150-6000} ريال
طريقة الدفع: بطاقة {card_last4}

=== ar_arabic_digits | ar | ar-SA ar-EG |
استمارة طلب
الاسم: {full}
تاريخ الميلاد: {dob:arab}
رقم الجوال: {mobile}
البريد الإلكتروني: {email}
العنوان: {addr}

=== ar_json_answer | ar | ar-SA ar-AE ar-EG | ans esc=json noocr
{"الاسم": "{full}", "تاريخ_الميلاد": "{dob:iso}", "العنوان": "{addr}", "الجوال": "{mobile}", "البريد": "{email}", "جواز_السفر": "{passport}"}

=== ar_latin_en | en | ar-SA ar-AE ar-EG |
Residence permit application (English copy)
Full name: {full_l}
Date of birth: {dob:dmy/}
Passport number: {passport}
Address: {addr:l}
Mobile: {phone:intl}
E-mail: {email}
Sponsor: {p2.full_l}, {p2.phone:intl}

=== ar_blank | ar | ar-SA ar-AE ar-EG | blank
نموذج — مثال على التعبئة
الاسم: [الاسم الكامل]
العنوان: [المدينة، الحي، الشارع، رقم المبنى]
يرجى إرسال النموذج إلى {comail} أو الاتصال على {cophone}.
{co}

=== he_pratim_ishiim | he | he-IL |
טופס פרטים אישיים לעובד
שם פרטי: {given}
שם משפחה: {sur}
מספר זהות: {natid}
תאריך לידה: {dob}
כתובת: {addr}
טלפון נייד: {mobile}
דוא"ל: {email}
חשבון בנק (IBAN): {iban}
איש קשר לשעת חירום: {p2.full}, {p2.mobile}
תאריך תחילת עבודה: {date}
חתימה: {sig}

=== he_heskem_schirut | he | he-IL |
הסכם שכירות
המשכיר: {p2.full}, ת"ז {p2.natid}, מכתובת {p2.addr}
השוכר: {full}, ת"ז {natid}, יליד/ת {dob}, מכתובת {addr}
טלפון השוכר: {mobile}   דוא"ל: {email}
המושכר: {home2}
דמי שכירות חודשיים: {amt:3500-12000} ₪

=== he_kabalat_metupal | he | he-IL |
טופס קבלת מטופל — {co}
שם המטופל: {full}
ת"ז: {natid}      תאריך לידה: {dob}
כתובת: {addr}
נייד: {mobile}
קופת חולים: {pick:כללית|מכבי|מאוחדת|לאומית}
איש קשר: {p2.full} — {p2.mobile}

=== he_tluna | he | he-IL |
אישור הגשת תלונה — משטרת ישראל
מספר תיק: {ref:######/2024}
שם המתלונן/ת: {full}
ת"ז: {natid}
כתובת: {addr}
טלפון: {mobile}
מהות התלונה: {pick:גניבת אופניים|פריצה לרכב|הונאה ברשת}
תאריך האירוע: {date}

=== he_json_answer | he | he-IL | ans esc=json noocr
{"שם_מלא": "{full}", "תאריך_לידה": "{dob:iso}", "כתובת": "{addr}", "טלפון": "{mobile}", "דוא\"ל": "{email}"}

=== he_latin_en | en | he-IL |
Travel insurance application
Insured: {full_l}
Date of birth: {dob:dmy/}
Passport no.: {passport}
Address: {addr:l}
Mobile: {phone:intl}   Email: {email}

=== fa_moshakhasat | fa | fa-IR |
فرم مشخصات فردی کارکنان
نام: {given}
نام خانوادگی: {sur}
نام پدر: {p2.given}
کد ملی: {natid}
تاریخ تولد: {dob}
محل تولد: {pob}
نشانی: {addr}
تلفن همراه: {mobile}
پست الکترونیک: {email}
شماره کارت بانکی: {card}
امضا: {sig}

=== fa_gharardad_ejare | fa | fa-IR |
قرارداد اجاره
موجر: {p2.full}، کد ملی {p2.natid}، نشانی: {p2.addr}
مستأجر: {full}، متولد {dob:jalalifa}، کد ملی {natid}
نشانی فعلی مستأجر: {addr}
تلفن همراه: {mobile}
مورد اجاره: {home2}
اجاره‌بهای ماهانه: {amt:5000000-60000000} ریال

=== fa_paziresh | fa | fa-IR |
برگه پذیرش بیمار — {co}
نام و نام خانوادگی: {full}
تاریخ تولد: {dob}      جنسیت: {sex}
کد ملی: {natid}
نشانی: {addr}
تلفن: {mobile}
همراه بیمار: {p2.full} — {p2.mobile}

=== fa_latin_en | en | fa-IR |
Student visa form — personal details
Surname: {sur_up:l}
Given names: {given_l}
Date of birth: {dob:iso}
Passport No.: {passport}
Home address: {addr:l}
Phone: {phone:intl}   E-mail: {email}

=== ur_mulazim | ur | ur-PK |
ملازم کی معلومات کا فارم
نام: {full}
والد کا نام: {p2.full}
شناختی کارڈ نمبر: {natid}
تاریخ پیدائش: {dob}
مستقل پتہ: {addr}
موبائل نمبر: {mobile}
ای میل: {email}
بینک اکاؤنٹ (IBAN): {iban}
ہنگامی رابطہ: {p3.full} — {p3.mobile}
دستخط: {sig}

=== ur_kirayanama | ur | ur-PK |
کرایہ نامہ
مالک مکان: {p2.full}، شناختی کارڈ {p2.natid}، پتہ {p2.addr}
کرایہ دار: {full}، شناختی کارڈ {natid}، تاریخ پیدائش {dob}
کرایہ دار کا موجودہ پتہ: {addr}
فون: {mobile}
کرایہ ماہانہ: {amt:15000-120000} روپے

=== ur_mareez | ur | ur-PK |
مریض رجسٹریشن فارم — {co}
مریض کا نام: {full}
تاریخ پیدائش: {dob}     جنس: {sex}
شناختی کارڈ نمبر: {natid}
پتہ: {addr}
موبائل: {mobile}
تیماردار: {p2.full}، {p2.mobile}

=== ur_latin_en | en | ur-PK |
Bank account opening form (English)
Applicant name: {up_given:l}
Father's name: {p2.full_l}
CNIC: {natid}
Date of birth: {dob:dmy/}
Address: {addr:l}
Mobile: {phone:intl}   Email: {email}
IBAN: {iban}
"""
)

# --------------------------------------------------------------------------- templates: Hindi, Bengali, Swahili, Afrikaans
SOURCES.append(
    r"""
=== hi_karmchari | hi | hi-IN |
कर्मचारी विवरण प्रपत्र
नाम: {full}
पिता/पति का नाम: {p2.full}
जन्म तिथि: {dob}
लिंग: {sex}
आधार संख्या: {natid}
पैन: {natid:pan}
स्थायी पता: {addr}
मोबाइल नंबर: {mobile}
ईमेल: {email}
बैंक खाता संख्या: {acct:12}   IFSC: {ref:@@@@0######}
आपातकालीन संपर्क: {p3.full}, {p3.mobile}
हस्ताक्षर: {sig}

=== hi_kirayanama | hi | hi-IN |
किरायानामा
मकान मालिक: {p2.full}, निवासी {p2.addr}
किरायेदार: {full}, जन्म तिथि {dob}, आधार संख्या {natid}
किरायेदार का स्थायी पता: {addr}
मोबाइल: {mobile}
किराये का परिसर: {home2}
मासिक किराया: ₹{amt:5000-40000}

=== hi_rogi_panjikaran | hi | hi-IN |
रोगी पंजीकरण पर्ची — {co}
रोगी का नाम: {full}
आयु/लिंग: {age}/{sex}
जन्म तिथि: {dob:deva}
पता: {addr}
मोबाइल: {mobile}
परिचारक का नाम: {p2.full}, मोबाइल {p2.mobile}

=== hi_json_answer | hi | hi-IN | ans esc=json noocr
{"नाम": "{full}", "जन्म_तिथि": "{dob:iso}", "पता": "{addr}", "मोबाइल": "{mobile}", "ईमेल": "{email}"}

=== bn_karmachari | bn | bn-BD |
কর্মচারী তথ্য ফরম
নাম: {full}
পিতার নাম: {p2.full}
মাতার নাম: {p3.full}
জন্ম তারিখ: {dob}
জাতীয় পরিচয়পত্র নম্বর: {natid}
বর্তমান ঠিকানা: {addr}
মোবাইল: {mobile}
ইমেইল: {email}
স্বাক্ষর: {sig}

=== bn_bhadatia | bn | bn-BD |
ভাড়াটিয়া নিবন্ধন ফরম — ঢাকা মেট্রোপলিটন পুলিশ
ভাড়াটিয়ার নাম: {full}
পিতার নাম: {p2.full}
জন্ম তারিখ: {dob:bn}
জাতীয় পরিচয়পত্র নং: {natid}
স্থায়ী ঠিকানা: {p3.addr}
বর্তমান ঠিকানা: {addr}
মোবাইল নম্বর: {mobile}
ই-মেইল: {email}
বাড়িওয়ালার নাম: {p4.full}, মোবাইল {p4.mobile}
পাসপোর্ট নম্বর (যদি থাকে): {passport}

=== bn_rogi | bn | bn-BD |
রোগী নিবন্ধন — {co}
রোগীর নাম: {full}
বয়স: {age}   লিঙ্গ: {sex}
জন্ম তারিখ: {dob}
ঠিকানা: {addr}
মোবাইল: {mobile}
সাথে থাকা ব্যক্তি: {p2.full}, {p2.mobile}

=== sw_taarifa_mfanyakazi | sw | en-KE |
FOMU YA TAARIFA ZA MFANYAKAZI
Jina kamili: {full}
Nambari ya kitambulisho: {natid}
Tarehe ya kuzaliwa: {dob:long-sw}
Anwani ya makazi: {addr}
Simu ya mkononi: {mobile}
Barua pepe: {email}
Nambari ya KRA PIN: {ref:@#########@}
Mtu wa kuwasiliana naye wakati wa dharura: {p2.full}, {p2.mobile}
Sahihi: {sig}

=== sw_mkataba_nyumba | sw | en-KE |
MKATABA WA KUPANGA NYUMBA
Mwenye nyumba: {p2.full}, kitambulisho {p2.natid}, {p2.addr}
Mpangaji: {full}, alizaliwa {dob}, kitambulisho {natid}
Anwani ya sasa ya mpangaji: {addr}
Simu: {mobile}
Nyumba inayopangishwa: {home2}
Kodi ya mwezi: KSh {amt:8000-60000}, kulipwa kupitia M-Pesa kwa nambari {p2.mobile}

=== sw_usajili_mgonjwa | sw | en-KE |
USAJILI WA MGONJWA — {co}
Jina la mgonjwa: {full}
Tarehe ya kuzaliwa: {dob}    Jinsia: {sex}
Kitambulisho: {natid}
Makazi: {addr}
Simu: {mobile}
Ndugu wa karibu: {p2.full}, {p2.mobile}
Nambari ya NHIF/SHA: {ref:########}

=== af_werknemer | af | af-ZA |
WERKNEMERINLIGTINGSVORM
Volle name: {full}
ID-nommer: {natid}
Geboortedatum: {dob}
Woonadres: {addr}
Selfoon: {mobile}      E-pos: {email}
Bankbesonderhede: {pick:ABSA|Capitec|FNB|Nedbank} rekeningnr. {acct:10}
Naasbestaande: {p2.full}, {p2.mobile}
Handtekening: {sig}

=== af_huurooreenkoms | af | af-ZA |
HUUROOREENKOMS
Verhuurder: {p2.full}, {p2.addr}
Huurder: {full}, ID {natid}, gebore {dob}
Huidige adres van huurder: {addr}
Selfoon: {mobile}    E-pos: {email}
Eiendom: {home2}
Maandelikse huur: R{amt:4000-18000}

=== af_pasient | af | af-ZA |
PASIËNTREGISTRASIE — {co}
Naam en van: {full}
Geboortedatum: {dob}
ID-nommer: {natid}
Adres: {addr}
Selfoon: {mobile}
Mediese fonds: {pick:Discovery|Bonitas|Momentum|GEMS}  Lidnommer {ref:#########}
Naasbestaande: {p2.full}, {p2.mobile}
"""
)

# --------------------------------------------------------------------------- templates: more English (finance, IT, health, government)
SOURCES.append(
    r"""
=== us_wire_form | en-US | en-US |
OUTGOING INTERNATIONAL WIRE TRANSFER REQUEST
Originator name: {full}
Originator address: {addr}
Originator account no.: {acct:12}     Phone: {phone}
Amount: USD {amt:500-25000}      Value date: {date}
Beneficiary name: {p2.full_l}
Beneficiary address: {p2.addr_c:l}
Beneficiary IBAN: {iban:GB}
Beneficiary bank SWIFT/BIC: {ref:@@@@GB2L}
Purpose of payment: {pick:Family maintenance|Tuition fees|Property deposit|Gift}
Verification call-back completed by: {p3.given} (branch)   Time: {time}
Customer signature: {sig}

=== us_cc_app | en-US | en-US |
CREDIT CARD APPLICATION — {co} Rewards Visa
Name: {full}
Date of birth: {dob:us}          SSN: {ssn}
Residential address: {addr}
Years at address: {pick:1|3|7|12}   Housing: {cb:Rent|Own|Live with family}
Mobile: {mobile}     Email: {email}
Annual income: ${amt:18000-210000}    Employer: {emp}
Mother's maiden name (security): {p2.sur}
Authorized user: {p3.full}   DOB {p3.dob:us}
Balance transfer from card: {card}

=== us_itin_bank | en-US | en-US |
PERSONAL ACCOUNT APPLICATION (ITIN applicants)
Applicant name: {full}
Taxpayer identification: ITIN {itin}
Date of birth: {dob:us}
Foreign passport no.: {passport}     Country of issuance: {pick:Mexico|Guatemala|El Salvador|Honduras|India}
U.S. residential address: {addr}
Mobile: {mobile}
Email: {email}
Occupation: {pick:Construction|Restaurant|Landscaping|Home care|Cleaning services}
Initial deposit: ${amt:25-900}

=== us_1040_itin | en-US | en-US | child3
Tax preparer intake — 2024 return
Taxpayer: {full}            ITIN: {itin}
Spouse: {p2.full}           ITIN: {p2.itin}
Dependent: {p3.full}        SSN: {p3.ssn}   DOB: {p3.dob:us}
Address: {addr}
Phone: {mobile}    Email: {email}
Refund: direct deposit to acct {acct:10}, routing {ref:0#########}
W-2 employer: {emp}

=== us_w2_copy | en-US | en-US |
Form W-2 Wage and Tax Statement 2024 — Copy B
a Employee's social security number: {ssn}
b Employer identification number (EIN): {ref:##-#######}
c Employer's name, address, and ZIP code: {co}, {coaddr}
e Employee's first name and initial: {given_mid}    Last name: {sur}
f Employee's address and ZIP code: {addr}
1 Wages, tips, other compensation: {amt:18000-140000}
2 Federal income tax withheld: {amt:1000-25000}

=== us_unemployment | en-US | en-US |
UNEMPLOYMENT INSURANCE CLAIM — Initial application
Claimant: {full}
SSN: {ssn}      Date of birth: {dob:us}
Mailing address: {addr}
Phone: {phone}     Email: {email}
Last employer: {emp}, {emp_addr}
Last day worked: {date}   Reason for separation: {cb:Lack of work|Quit|Discharged|Other}
Payment method: {cb:Direct deposit|Debit card}   Routing {ref:0#########}  Account {acct:10}
Driver license/state ID: {dl}

=== us_snap | en-US | en-US | child3
APPLICATION FOR FOOD ASSISTANCE (SNAP) – Household members
1. {full}   DOB {dob:us}   SSN {ssn}   Relationship: Self
2. {p2.full}   DOB {p2.dob:us}   SSN {p2.ssn}   Relationship: {pick:Spouse|Partner}
3. {p3.full}   DOB {p3.dob:us}   SSN {p3.ssn}   Relationship: {pick:Son|Daughter}
Home address: {addr}
Phone: {phone}
Monthly household income: ${amt:0-3200}

=== us_benefits_enroll | en-US | en-US | child3
2025 BENEFITS ENROLLMENT CONFIRMATION
Employee: {full}   ID {ref:#####}   DOB {dob:us}
Medical: {pick:PPO 500|HDHP with HSA|HMO Select}   Coverage: {cb:Employee only|Employee + spouse|Family}
Dependents:
  {p2.full}   {pick:Spouse|Domestic partner}   DOB {p2.dob:us}   SSN {p2.ssn}
  {p3.full}   Child   DOB {p3.dob:us}
401(k) beneficiary: {p2.full}, 100%
Confirmation sent to {wemail}

=== us_ref_check | en-US | en-US |
REFERENCE CHECK NOTES
Candidate: {full}      Position: {pick:Senior Accountant|Warehouse Lead|Charge Nurse|Backend Engineer}
Reference: {p2.full}, {pick:former manager|team lead|HR director} at {p2.emp}
Phone: {p2.phone}     Email: {p2.wemail}
Dates worked together: {date} – {date}
Would rehire? {cb:Yes|No|Unsure}
Notes: {pick:Reliable, strong with clients.|Left on good terms, punctual.|Great technical skills, needs coaching on deadlines.}
Checked by: {p3.full}

=== us_helpdesk | en-US | en-US |
TICKET #{ref:INC0######}   Priority: {pick:P2|P3|P4}   Opened: {date} {time}
Caller: {full} ({wemail})   Ext. {ref:####}   Cell {mobile}
Category: {pick:Account lockout|VPN not connecting|New laptop setup|MFA reset}
Description: User cannot log in after password change. Workstation {pick:LT|WS}-{ref:#####}, IP {ip}, MAC {mac}.
Work notes: Reset password to temporary value {secret:pw} and forced change at next logon.
Resolved by: {p2.full}

=== us_router_export | en | * | noocr
# Router configuration backup — exported {date:iso}
hostname={pick:home-gw|fritzbox|archer-ax55|unifi-dream}
wan_ip={ip}
wan_ip6={ip6}
lan_mac={mac}
wifi_ssid={pick:Casa|Kettle_5G|HomeNet|TheLANBeforeTime}
wifi_psk={secret:wifi}
admin_user=admin
admin_password={secret:pw}
dhcp_reservation_1={mac},192.168.1.{ref:&#},{pick:laptop-|phone-|tv-}{given_l}
contact_email={email}

=== us_env_file | en | * | noocr
# .env for the intake-form parser (do NOT commit)
APP_ENV=production
DATABASE_URL=postgres://formbot:{secret:pw}@10.0.{ref:&}.{ref:&#}:5432/intake
OPENAI_API_KEY={secret:api}
SMTP_USER={email}
SMTP_PASSWORD={secret:pw}
ADMIN_CONTACT={full_l} <{email}>
ALLOWED_IP={ip}

=== us_access_log | en | * | noocr
{ip} - - [{date:mon-}:{time}:{pick:03|21|47} +0000] "POST /forms/submit HTTP/1.1" 302 0 "-" "Mozilla/5.0"
{ip} - - [{date:mon-}:{time}:{pick:04|22|48} +0000] "GET /forms/thanks?email={email} HTTP/1.1" 200 1432 "-" "Mozilla/5.0"
app[web.1]: form received name="{full_l}" dob={dob:iso} phone="{phone:intl}" from {p2.ip}

=== us_crypto_withdraw | en | * |
WITHDRAWAL CONFIRMATION
Account holder: {full_l}
Account email: {email}
Asset: {pick:BTC|ETH|USDC (ERC-20)}
Amount: {pick:0.0421|1.25|350.00|0.8}
Destination address: {crypto}
Network fee: {pick:0.00012 BTC|0.0009 ETH|1.20 USDC}
Requested from IP {ip} on {date} {time} UTC
2FA device: SMS to {phone}

=== us_crypto_otc | en | * |
OTC TRADE TICKET #{ref:OTC-#####}
Client: {full_l}     Client ID: {ref:C######}
Side: {pick:BUY|SELL}   Asset: {pick:BTC|ETH}   Quantity: {pick:2.5|10|0.75}
Settlement wallet (client): {crypto}
Settlement wallet (desk): {crypto:bech}
Fiat leg: {iban:GB}
Trader: {p2.full_l}   Approved by: {p3.full_l}

=== us_saas_signup | en | * | noocr
--- New trial signup (webhook dump) ---
name: {full_l}
company: {emp}
email: {wemail}
phone: {phone:intl}
country: {country}
signup_ip: {ip}
card_on_file: {card}
card_expiry: {card_exp}
temp_password: {secret:pw}

=== us_discharge | en-US | en-US |
DISCHARGE SUMMARY (header)
Patient: {up_comma}     MRN: {ref:########}     DOB: {dob:us}
Admitted: {date}     Discharged: {date}
Attending: {p2.full}, MD
Primary care physician: {p3.full}, {pick:MD|DO|NP}
Address on file: {addr}
Phone: {phone}
Discharge diagnosis: {pick:Community-acquired pneumonia|NSTEMI|Cellulitis of left leg|Acute pancreatitis}
Follow-up: PCP within 7 days

=== us_vaccine_card | en-US | en-US |
IMMUNIZATION RECORD
Name: {full}     Date of birth: {dob:us}
Address: {addr}
Vaccine                   Date        Lot #        Site
{pick:Influenza|Tdap|COVID-19|Hep B}       {date}   {ref:@@####}    {pick:L deltoid|R deltoid}
{pick:MMR|Varicella|HPV|Shingrix}          {date}   {ref:@#####}    {pick:L deltoid|R deltoid}
Administered by: {p2.full}

=== us_pet_insurance | en-US | en-US |
PET INSURANCE CLAIM FORM
Policyholder: {full}          Policy #: {ref:PET########}
Address: {addr}
Phone: {mobile}    Email: {email}
Pet name: {pick:Bailey|Nala|Cooper|Mochi}   Species: {pick:Dog|Cat}
Treating veterinarian: {p2.full}, DVM  — {co}
Date of illness/injury onset: {date}
Reimburse via direct deposit: routing {ref:0#########} account {acct:9}

=== us_travel_claim | en | en-US en-GB en-CA en-AU |
TRAVEL INSURANCE CLAIM
Policy number: {ref:TRV-#######}
Insured person: {full}    Date of birth: {dob}
Home address: {addr}
Phone: {phone}    Email: {email}
Trip: {pick:Lisbon|Bali|Cancún|Reykjavík|Kyoto} from {date} to {date}
Claim type: {cb:Trip cancellation|Medical expenses|Lost baggage|Delayed flight}
Passport no.: {passport}
Travel companion: {p2.full}, DOB {p2.dob}
Card used to pay for the trip: {card}

=== us_storage_rental | en-US | en-US |
SELF-STORAGE RENTAL AGREEMENT — Unit {ref:@###}
Occupant: {full}
Home address: {addr}
Cell: {mobile}    Email: {email}
Driver's license: {dl}
Alternate contact: {p2.full}, {p2.phone}
Gate access code: {secret:pin}
Autopay card: {card}   Exp {card_exp}

=== us_utility_start | en-US | en-US |
START SERVICE REQUEST — Electric & Gas
Customer name: {full}
Service address: {addr}
Start date: {fdate}
Mailing address: {cb:Same as service|Different}
Phone: {phone}    Email: {email}
SSN (for credit check) or ITIN: {ssn}
Date of birth: {dob:us}
Co-applicant: {p2.full}

=== us_phone_contract | en-US | en-US |
WIRELESS SERVICE AGREEMENT — Customer copy
Account holder: {full}     Account PIN: {secret:pin}
Billing address: {addr}
Contact number: {phone}    Email: {email}
Line 1: {mobile}   Device IMEI {ref:35##############}
Line 2: {p2.mobile}   User: {p2.full}
Credit check: SSN {ssn}, DL {dl}
Autopay: {card}

=== us_volunteer | en-US | en-US |
VOLUNTEER APPLICATION — {co}
Name: {full}      Preferred name: {given}
Date of birth: {dob:us}  (must be 16+)
Address: {addr}
Cell: {mobile}    Email: {email}
Availability: {cb:Weekdays|Evenings|Weekends}
Emergency contact: {p2.full}, {p2.mobile}
Background check consent: last 4 SSN {ref:####}, DL {dl}

=== us_adoption_pet | en-US | en-US |
ADOPTION APPLICATION — {co} Animal Rescue
Applicant: {full}      Co-applicant: {p2.full}
Address: {addr}
Phone: {mobile}       Email: {email}
Landlord (if renting): {p3.full}, {p3.phone}
Vet reference: {co2}
Animal of interest: {pick:Scout (beagle mix)|Juniper (tabby)|Rocket (pit mix)|Olive (senior cat)}

=== us_event_minor | en-US | en-US | child
YOUTH CAMP REGISTRATION & MEDICAL RELEASE
Camper: {full}     DOB: {dob:us}     Age: {age}
Home address: {addr}
Parent/guardian: {p2.full}   Cell: {p2.mobile}   Email: {p2.email}
Second contact: {p3.full}   Cell: {p3.mobile}
Insurance: {pick:BCBS|Aetna|Kaiser|Medicaid}  Member ID {ref:@@@#########}
Authorized for pick-up: {p2.given}, {p3.given}, {p4.full}
Payment: {p2.card}

=== gb_gp_referral | en-GB | en-GB |
NHS e-Referral — clinical referral letter
Patient: {title} {full}    DOB: {dob}    NHS No: {ref:### ### ####}
Address: {addr}
Tel: {mobile}
Next of kin: {p2.full} ({pick:wife|husband|daughter|son|partner}) {p2.mobile}
Referring GP: {p3.full}, {co}
Reason: {pick:2WW suspected skin cancer|Routine ENT, recurrent tonsillitis|Urgent cardiology, palpitations|Physio, chronic low back pain}

=== gb_bank_change | en-GB | en-GB |
CHANGE OF BANK DETAILS — salary payments
Employee name: {full}     Payroll no.: {ref:#####}
Home address: {addr}
New bank: {pick:Barclays|HSBC|Lloyds|Monzo|Nationwide}
Sort code: {ref:##-##-##}    Account number: {acct:8}
IBAN (if overseas): {iban}
Effective from: {fdate}
Signed: {sig}     Date: {date}

=== gb_electoral | en-GB | en-GB |
Household Enquiry Form — Electoral Registration Office
Address: {addr}
Residents aged 16+ living here:
1. {full}     Nationality: {nat}     DOB if aged 16/17: n/a
2. {p2.full}     Nationality: {p2.nat}
Contact phone: {phone}    Email: {email}
Declaration: {sig}   {date}

=== au_centrelink | en-AU | en-AU |
Claim for payment — personal details
Centrelink Reference Number: {ref:### ### ###@}
Full name: {full}
Date of birth: {dob}
Residential address: {addr}
Mobile: {mobile}
Email: {email}
Tax file number: {natid}
Bank: BSB {ref:###-###}  Account {acct:9}  Account name {full}
Partner: {p2.full}, DOB {p2.dob}

=== in_school_admission | en-IN | en-IN | child
ADMISSION FORM — {co}
Name of the student: {full}
Date of birth: {dob:dmy/}     Gender: {sex}
Aadhaar no. of student: {natid}
Father's name: {p2.full}   Occupation: {pick:Engineer|Business|Teacher|Doctor}   Mobile: {p2.mobile}
Mother's name: {p3.full}   Mobile: {p3.mobile}   Email: {p3.email}
Residential address: {addr}
Class applied for: {pick:Nursery|Class I|Class VI|Class XI (Science)}

=== ng_nin_slip | en-NG | en-NG |
NATIONAL IDENTITY MANAGEMENT COMMISSION — ENROLMENT SLIP
Surname: {sur_up}
First name: {given}
Middle name: {mid}
Date of birth: {dob:dmy/}     Gender: {sex}
NIN: {natid}
Address: {addr}
Phone: {mobile}
Tracking ID: {ref:@@@%%%%%%%%%%%}

=== za_school | en-ZA | en-ZA | child
LEARNER ADMISSION APPLICATION
Learner surname: {sur}     First names: {given}
Date of birth: {dob:iso}    ID number: {natid}
Home language: {pick:isiZulu|Afrikaans|English|Sesotho|isiXhosa}
Residential address: {addr}
Parent/guardian 1: {p2.full}, ID {p2.natid}, cell {p2.mobile}, email {p2.email}
Parent/guardian 2: {p3.full}, cell {p3.mobile}
Grade applying for: {pick:Grade R|Grade 1|Grade 8}

=== ke_mpesa_dispute | en-KE | en-KE |
CUSTOMER DISPUTE FORM — Reversal request
Customer name: {full}
ID number: {natid}
M-PESA number: {mobile}
Transaction ID: {ref:@@@%%%%%%%}
Amount: KSh {amt:200-50000}   Date: {date} {time}
Wrong recipient number: {p2.mobile}   Name shown: {p2.full}
Reason: {pick:Sent to wrong number|Fraud / scam call|Double payment}

=== ph_postal_id | en-PH | en-PH |
POSTAL ID APPLICATION FORM
Last name: {sur}   First name: {given}   Middle name: {mid}
Date of birth: {dob:us}    Place of birth: {pob}
Sex: {sex}    Civil status: {pick:Single|Married|Widowed}
Address: {addr}
Mobile no.: {mobile}    Email: {email}
Mother's maiden name: {p2.full}
Proof of identity presented: {cb:Passport|Driver's license|PhilSys ID|Voter's ID}
Passport no.: {passport}

=== en_ocr_scan_noise | en | en-GB en-US en-IE en-AU |
_ _ _ PAGE 1 of 2 _ _ _
Surname                     Forename(s)
{sur_up}                  {given}
Date of Birth       Tel (day)          Tel (mobile)
{dob}          {phone}      {mobile}
Permanent Address
{addr_ml}
Email
{email}
[stamp: RECEIVED {date}]

=== en_checkbox_consent | en | en-GB en-US en-CA en-AU en-NZ en-IE |
CONSENT & PREFERENCES
Name: {full}
Email: {email}     Mobile: {mobile}
[x] I agree to be contacted by email
[{pick:x| }] I agree to be contacted by SMS
[ ] I agree to share my details with partners
Date of birth (to confirm you are over 18): {dob}
Signature: {sig}     Date: {date}

=== en_md_roster | en | * | esc=md
| # | Name | Nationality | Passport | DOB | Phone |
|---|---|---|---|---|---|
| 1 | {up_comma:l} | {iso3} | {passport} | {dob:iso} | {phone:intl} |
| 2 | {p2.up_comma:l} | {p2.iso3} | {p2.passport} | {p2.dob:iso} | {p2.phone:intl} |
| 3 | {p3.up_comma:l} | {p3.iso3} | {p3.passport} | {p3.dob:iso} | {p3.phone:intl} |

=== en_html_table | en | * | esc=html noocr
<table class="applicants">
  <tr><th>Name</th><th>Date of birth</th><th>Email</th><th>Address</th></tr>
  <tr><td>{full_l}</td><td>{dob:iso}</td><td>{email}</td><td>{addr:l}</td></tr>
  <tr><td>{p2.full_l}</td><td>{p2.dob:iso}</td><td>{p2.email}</td><td>{p2.addr:l}</td></tr>
</table>

=== en_ascii_table | en | en-US en-GB en-CA en-AU |
+------------------------+--------------+------------------+
| Tenant                 | Phone        | Move-in          |
+------------------------+--------------+------------------+
| {full}          | {phone}  | {date}       |
| {p2.full}          | {p2.phone}  | {date}       |
+------------------------+--------------+------------------+
Unit address: {home2}

=== en_tsv_export | en | * | noocr
id	full_name	email	phone	dob	country
{ref:####}	{full_l}	{email}	{phone:intl}	{dob:iso}	{iso3}
{ref:####}	{p2.full_l}	{p2.email}	{p2.phone:intl}	{p2.dob:iso}	{p2.iso3}
{ref:####}	{p3.full_l}	{p3.email}	{p3.phone:intl}	{p3.dob:iso}	{p3.iso3}

=== en_prompt_fill | en | * |
Please fill in the attached visa form for me. My details:
- name exactly as in passport: {up_given:l}
- born {dob:long-en} in {pob}
- passport {passport}, valid until {fdate}
- home address {addr_c:l}
- phone {phone:intl}, email {email}
My wife is travelling too: {p2.full_l}, born {p2.dob:dmy/}, passport {p2.passport}.

=== en_prompt_letter | en | * |
Write a short formal letter to my landlord asking for the deposit back. Use these details:
Me: {full_l}, current address {addr:l}, phone {phone}
Landlord: {p2.full_l}, {p2.addr:l}
Old flat: {home2:l}
Tenancy ended on {date}. Deposit should be paid to {iban:c}.

=== en_prompt_translate_back | en | * |
I need this translated to {pick:German|French|Spanish|Japanese} for the registration office:
"My name is {full_l}, I was born on {dob:long-en}. I live at {addr:l}.
You can reach me at {phone:intl} or {email}."
"""
)

# --------------------------------------------------------------------------- templates: more German, French, Spanish, Italian, Portuguese, Dutch, Polish
SOURCES.append(
    r"""
=== de_bewerbung_kopf | de | de-DE de-AT de-CH |
Lebenslauf
Persönliche Daten
Name:             {full}
Anschrift:        {addr}
Telefon:          {mobile}
E-Mail:           {email}
Geburtsdatum:     {dob:long}
Geburtsort:       {pob}
Staatsangehörigkeit: {nat}
Berufserfahrung
seit {pick:03/2019|08/2021|01/2017}   {emp}, {pick:Projektleiterin|Lagerleiter|Pflegedienstleitung|Backend-Entwickler}

=== de_reisepass_antrag | de | de-DE |
Antrag auf Ausstellung eines Reisepasses (Vorausfüllung online)
Familienname: {sur}         Geburtsname: {sur}
Vornamen: {given}
Doktorgrad: —
Geburtsdatum: {dob}         Geburtsort: {pob}
Größe: {pick:168|175|182|161} cm    Augenfarbe: {pick:blau|braun|grün|grau}
Wohnort/Anschrift: {addr}
Bisheriger Reisepass Nr.: {passport}
Telefon für Rückfragen: {mobile}   E-Mail: {email}

=== de_arbeitsunfall | de | de-DE |
UNFALLANZEIGE (Arbeitsunfall)
Unternehmen: {co}, {coaddr}
Name, Vorname der versicherten Person: {sur_comma}
Geburtsdatum: {dob}    Geschlecht: {cb:männlich|weiblich|divers}
Anschrift: {addr}
Telefon: {mobile}
Krankenkasse: {pick:AOK|TK|Barmer|DAK}
Unfallzeitpunkt: {date}, {time} Uhr
Unfallort: {pick:Lagerhalle 2, Rampe|Baustelle, 3. OG|Büro, Treppenhaus}
Augenzeuge: {p2.full}
Erstbehandelnder Arzt: {p3.full}

=== de_ocr_schlecht | de | de-DE |
Antragsteller/in
Name :  {sur}
Vorname :  {given}
geb. am :  {dob}
Anschrift :  {street}
             {pc_town}
Tel . :  {phone}
IBAN :  {iban}

=== de_kv_json_antwort | de | de-DE de-AT | ans esc=json noocr
{
  "name": "{full}",
  "geburtsdatum": "{dob:iso}",
  "anschrift": "{addr}",
  "telefon": "{phone}",
  "email": "{email}",
  "iban": "{iban}",
  "hinweis": "Unterschrift fehlt auf Seite 2"
}

=== de_markdown_antwort | de | de-DE de-AT de-CH | ans esc=md
| Feld | Wert |
|---|---|
| Name | {full} |
| Geburtsdatum | {dob} |
| Adresse | {addr} |
| Telefon | {mobile} |
| E-Mail | {email} |

=== fr_cv_entete | fr | fr-FR fr-BE fr-CH fr-CA |
CURRICULUM VITAE
{full}
{addr}
{mobile} · {email}
Né(e) le {dob:long} — Permis B
EXPÉRIENCE
{pick:2019 – auj.|2016 – 2022|2021 – 2024}  {emp} — {pick:chargée de clientèle|technicien de maintenance|infirmier|développeuse web}

=== fr_carte_sejour | fr | fr-FR |
DEMANDE DE TITRE DE SÉJOUR — récapitulatif
Nom : {sur_up:l}     Prénom(s) : {given_l}
Date de naissance : {dob}     Lieu : {pob}
Nationalité : {nat}
N° de passeport : {passport}     Délivré le : {date}
Adresse en France : {p2.addr}
Téléphone : {phone:intl}     Courriel : {email}
Hébergeant : {p2.full}

=== fr_json_reponse | fr | fr-FR fr-BE fr-CA fr-CH | ans esc=json noocr
{"nom": "{sur}", "prenom": "{given}", "date_naissance": "{dob:iso}", "adresse": "{addr}", "telephone": "{mobile}", "email": "{email}", "iban": "{iban:c}", "champs_manquants": ["signature"]}

=== fr_ocr_mal_aligne | fr | fr-FR fr-BE |
Nom                 Prénom              Né(e) le
{sur_up}
                    {given}
                                        {dob}
Adresse complète
{addr}
Tél.                          Courriel
{mobile}                      {email}

=== fr_accident_travail | fr | fr-FR |
DÉCLARATION D'ACCIDENT DU TRAVAIL
Employeur : {co}, {coaddr}
Victime : {sur_up}, {given}
N° d'immatriculation : {natid}
Date de naissance : {dob}
Adresse : {addr}
Date et heure de l'accident : {date} à {time}
Témoin : {p2.full}, {p2.addr}

=== es_curriculum | es | es-ES es-MX es-AR es-CO |
CURRÍCULUM VITAE
{full}
{addr}
Tel.: {mobile} | {email}
Fecha de nacimiento: {dob}
Experiencia: {emp} ({pick:2018-2024|2020-actualidad|2015-2021})

=== es_solicitud_tarjeta | es | es-ES |
SOLICITUD DE TARJETA DE CRÉDITO
Titular: {full}
DNI: {natid}     Fecha de nacimiento: {dob}
Domicilio: {addr}
Móvil: {mobile}   Correo: {email}
Ingresos netos mensuales: {amt:900-6000} €
Cuenta de cargo: {iban}
Tarjeta adicional a nombre de: {p2.full}

=== es_ocr_formulario | es | es-ES es-AR |
DATOS PERSONALES
Apellidos
{sur}
Nombre                  DNI
{given}           {natid}
Domicilio               Código postal / Localidad
{street}       {pc_town}
Teléfono
{mobile}

=== es_md_respuesta | es | es-ES es-MX es-AR es-CO | ans esc=md
| Campo | Valor |
|---|---|
| Nombre | {full} |
| Fecha de nacimiento | {dob} |
| Domicilio | {addr} |
| Teléfono | {mobile} |
| Correo | {email} |

=== it_curriculum | it | it-IT |
CURRICULUM VITAE — INFORMAZIONI PERSONALI
Nome e cognome: {full}
Indirizzo: {addr}
Telefono: {mobile}
E-mail: {email}
Data di nascita: {dob}
Nazionalità: {nat}
Esperienza: {emp}, {pick:dal 2019|2016-2023|dal 2021}

=== it_ocr_modulo | it | it-IT |
COGNOME                    NOME
{sur_up}          {given}
NATO/A A                   IL
{pob}                      {dob}
RESIDENTE IN
{addr}
CODICE FISCALE             TELEFONO
{natid}        {mobile}

=== it_json_risposta | it | it-IT | ans esc=json noocr
{"nome": "{given}", "cognome": "{sur}", "data_di_nascita": "{dob:iso}", "indirizzo": "{addr}", "telefono": "{mobile}", "email": "{email}", "codice_fiscale": "{natid}"}

=== pt_curriculo | pt | pt-PT pt-BR |
CURRÍCULO
{full}
{addr}
{mobile} | {email}
Data de nascimento: {dob}
Experiência profissional: {emp} ({pick:2017–2023|desde 2020|2012–2019})

=== br_ocr_cnh | pt | pt-BR |
CARTEIRA NACIONAL DE HABILITAÇÃO
NOME
{up_given}
DOC. IDENTIDADE / ÓRG. EMISSOR / UF
{ref:##.###.###-#} SSP {pick:SP|RJ|MG}
CPF                      DATA NASCIMENTO
{natid}           {dob}
Nº REGISTRO
{dl}

=== pt_json_resposta | pt | pt-PT pt-BR | ans esc=json noocr
{"nome": "{full}", "data_nascimento": "{dob:iso}", "morada": "{addr}", "telemovel": "{mobile}", "email": "{email}", "documento": "{natid}"}

=== nl_cv | nl | nl-NL nl-BE |
CURRICULUM VITAE
Naam: {full}
Adres: {addr}
Telefoon: {mobile}
E-mail: {email}
Geboortedatum: {dob}
Werkervaring: {emp}, {pick:sinds 2018|2015 – 2022|sinds 2021}

=== nl_ocr_twee_kolommen | nl | nl-NL |
Naam                               Geboortedatum
{full}                   {dob}
Adres                              Telefoon
{addr}       {mobile}
IBAN                               BSN
{iban}          {natid}

=== pl_cv | pl | pl-PL |
CURRICULUM VITAE
Imię i nazwisko: {full}
Adres: {addr}
Telefon: {mobile}
E-mail: {email}
Data urodzenia: {dob}
Doświadczenie: {emp}, {pick:od 2019|2014–2021|od 2022}

=== pl_md_odpowiedz | pl | pl-PL | ans esc=md
| Pole | Wartość |
|---|---|
| Imię i nazwisko | {full} |
| PESEL | {natid} |
| Data urodzenia | {dob} |
| Adres | {addr} |
| Telefon | {mobile} |

=== ja_ocr_kojin | ja | ja-JP |
申 込 書
フリガナ
{kana}
お名前
{full}
生年月日　　　　　　　電話番号
{dob}　　　　{mobile}
ご住所
{addr}

=== zh_ocr_dengji | zh | zh-CN |
个人信息登记
姓　　名　{full}
出生日期　{dob}
联系电话　{mobile}
居住地址
{addr}
电子邮箱　{email}

=== ru_resume | ru | ru-RU |
РЕЗЮМЕ
{fio}
Дата рождения: {dob:long}
Адрес: {addr}
Телефон: {mobile}
E-mail: {email}
Опыт работы: {emp}, {pick:с 2018 г.|2015–2022|с 2021 г.}

=== ko_ocr | ko | ko-KR |
성　명　　{full}
생년월일　{dob}
연 락 처　{mobile}
주　소
{addr}
이 메 일　{email}
"""
)

# --------------------------------------------------------------------------- templates: more small languages
SOURCES.append(
    r"""
=== sk_pacient | sk | sk-SK |
REGISTRÁCIA PACIENTA — {co}
Meno a priezvisko: {full}
Dátum narodenia: {dob}   Rodné číslo: {natid}
Adresa: {addr}
Telefón: {mobile}   E-mail: {email}
Kontaktná osoba: {p2.full}, {p2.mobile}

=== sk_nehoda | sk | sk-SK |
ZÁZNAM O DOPRAVNEJ NEHODE
Dátum: {date}   Čas: {time}
Vozidlo A — poistník: {full}, {addr}, tel. {mobile}
   EČV: {plate}, vodič nar. {dob}, vodičský preukaz č. {dl}
Vozidlo B — poistník: {p2.full}, {p2.addr}
   EČV: {p2.plate}

=== bg_katastrofa | bg | bg-BG |
ПРИЯТЕЛСКИ ПРОТОКОЛ ЗА ПТП
Дата: {date}   Час: {time}
МПС „А“: собственик {full}, адрес {addr}, тел. {mobile}, рег. № {plate}
   Водач: роден/а на {dob}, свидетелство за управление № {dl}
МПС „Б“: собственик {p2.full}, адрес {p2.addr}, рег. № {p2.plate}

=== bg_faktura | bg | bg-BG |
ФАКТУРА № {ref:##########}   Дата: {date}
Доставчик: {co}, {coaddr}
Получател: {full}
Адрес: {addr}
ЕГН: {natid}
Услуга: {pick:Ремонт на бойлер|Транспорт на мебели|Уроци по английски}   Сума: {amt:50-1500} лв.

=== hr_pacijent | hr | hr-HR |
PRIJAVA PACIJENTA — {co}
Ime i prezime: {full}
Datum rođenja: {dob}   OIB: {natid}
Adresa: {addr}
Mobitel: {mobile}   E-pošta: {email}
Kontakt osoba: {p2.full}, {p2.mobile}

=== hr_racun | hr | hr-HR |
RAČUN br. {ref:###-#-#}   Datum: {date}
{co}, {coaddr}
Kupac: {full}, {addr}
OIB kupca: {natid}
Usluga: {pick:Servis klima uređaja|Selidba|Instrukcije iz matematike}   Iznos: {amt:40-900} EUR

=== sr_nezgoda | sr | sr-RS |
ЕВРОПСКИ ИЗВЕШТАЈ О САОБРАЋАЈНОЈ НЕЗГОДИ
Датум: {date}   Време: {time}
Возило А: осигураник {full}, адреса {addr}, тел. {mobile}, рег. ознака {plate}
   Возач: датум рођења {dob}, возачка дозвола бр. {dl}
Возило Б: осигураник {p2.full}, адреса {p2.addr}, рег. ознака {p2.plate}

=== sr_zaposleni | sr | sr-RS |
ПОДАЦИ О ЗАПОСЛЕНОМ
Име и презиме: {full}
ЈМБГ: {natid}
Адреса: {addr}
Мобилни: {mobile}   Имејл: {email}
Број текућег рачуна: {ref:###-##########-##}
Контакт у хитним случајевима: {p2.full}, {p2.mobile}

=== sl_najemna_pogodba | sl | sl-SI |
NAJEMNA POGODBA ZA STANOVANJE
Najemodajalec: {p2.full}, {p2.addr}
Najemnik: {full}, rojen/a {dob}, {addr}, tel. {mobile}, {email}
Stanovanje: {home2}
Najemnina: {amt:400-1200} EUR mesečno na račun {p2.iban}

=== sl_pacient | sl | sl-SI |
PRIJAVNI LIST PACIENTA — {co}
Ime in priimek: {full}
Datum rojstva: {dob}   EMŠO: {natid}
Naslov: {addr}
Telefon: {mobile}
Kontaktna oseba: {p2.full}, {p2.mobile}

=== is_sjuklingur | is | is-IS |
INNRITUN SJÚKLINGS — {co}
Nafn: {full}
Kennitala: {natid}
Heimilisfang: {addr}
Sími: {mobile}   Netfang: {email}
Aðstandandi: {p2.full}, {p2.mobile}

=== is_tjon | is | is-IS |
TJÓNSTILKYNNING
Vátryggingartaki: {full}, kt. {natid}
Heimilisfang: {addr}
Sími: {mobile}
Tjónsdagur: {date}
Skráningarnúmer ökutækis: {plate}
Ökumaður: fæddur {dob}, ökuskírteini nr. {dl}
Greiðsla inn á reikning: {iban}

=== et_patsient | et | et-EE |
PATSIENDI REGISTREERIMINE — {co}
Nimi: {full}
Isikukood: {natid}
Aadress: {addr}
Telefon: {mobile}   E-post: {email}
Kontaktisik: {p2.full}, {p2.mobile}

=== et_kahjuteade | et | et-EE |
KAHJUTEADE — sõiduk
Kindlustusvõtja: {full}, isikukood {natid}
Aadress: {addr}
Telefon: {mobile}
Registreerimismärk: {plate}
Juht: sündinud {dob}, juhiloa nr {dl}
Hüvitis arveldusarvele: {iban}

=== lv_pacients | lv | lv-LV |
PACIENTA REĢISTRĀCIJAS KARTE — {co}
Vārds, uzvārds: {full}
Personas kods: {natid}
Adrese: {addr}
Tālrunis: {mobile}   E-pasts: {email}
Kontaktpersona: {p2.full}, {p2.mobile}

=== lv_rekins | lv | lv-LV |
RĒĶINS Nr. {ref:####}   Datums: {date}
Piegādātājs: {co}, {coaddr}
Saņēmējs: {full}, {addr}
Pakalpojums: {pick:Santehnikas remonts|Pārvākšanās|Angļu valodas stundas}   Summa: {amt:30-900} EUR
Apmaksāt no konta {iban}

=== lt_pacientas | lt | lt-LT |
PACIENTO REGISTRACIJOS FORMA — {co}
Vardas, pavardė: {full}
Asmens kodas: {natid}
Adresas: {addr}
Telefonas: {mobile}   El. paštas: {email}
Kontaktinis asmuo: {p2.full}, {p2.mobile}

=== lt_eismo_ivykis | lt | lt-LT |
EISMO ĮVYKIO DEKLARACIJA
Data: {date}   Laikas: {time}
Transporto priemonė A: draudėjas {full}, {addr}, tel. {mobile}, valst. Nr. {plate}
   Vairuotojas: gim. {dob}, vairuotojo pažymėjimo Nr. {dl}
Transporto priemonė B: draudėjas {p2.full}, {p2.addr}, valst. Nr. {p2.plate}

=== da_patient | da | da-DK |
PATIENTOPLYSNINGER — {co}
Navn: {full}
CPR-nr.: {natid}
Adresse: {addr}
Telefon: {mobile}   E-mail: {email}
Pårørende: {p2.full}, {p2.mobile}

=== nb_pasient | nb | nb-NO |
PASIENTREGISTRERING — {co}
Navn: {full}
Fødselsnummer: {natid}
Adresse: {addr}
Mobil: {mobile}   E-post: {email}
Pårørende: {p2.full}, {p2.mobile}

=== fi_potilas | fi | fi-FI |
POTILASTIEDOT — {co}
Nimi: {full}
Henkilötunnus: {natid}
Osoite: {addr}
Puhelin: {mobile}   Sähköposti: {email}
Lähiomainen: {p2.full}, {p2.mobile}

=== sv_faktura | sv | sv-SE |
FAKTURA {ref:#####}        Fakturadatum: {date}
{co}, {coaddr}, org.nr {ref:######-####}
Kund: {full}
      {addr}
Personnummer (för ROT-avdrag): {natid}
Arbete: {pick:Byte av badrumsgolv|Fönsterputs|Målning av fasad}   Belopp: {amt:1500-60000} kr

=== hu_szamla | hu | hu-HU |
SZÁMLA   Sorszám: {ref:@@@-2024-####}
Eladó: {co}, {coaddr}
Vevő: {full}
Cím: {addr}
Teljesítés dátuma: {date}
Megnevezés: {pick:Kazán karbantartás|Költöztetés|Angol magánóra}   Bruttó: {amt:8000-250000} Ft

=== ro_factura | ro | ro-RO |
FACTURĂ seria {ref:@@} nr. {ref:####}   Data: {date}
Furnizor: {co}, {coaddr}
Client: {full}
CNP: {natid}
Adresa: {addr}
Serviciu: {pick:Reparație centrală termică|Mutare mobilier|Meditații matematică}   Total: {amt:100-3000} lei

=== cs_ocr | cs | cs-CZ |
PŘÍJMENÍ                   JMÉNO
{sur}          {given}
DATUM NAROZENÍ             RODNÉ ČÍSLO
{dob}                 {natid}
ADRESA TRVALÉHO POBYTU
{addr}
TELEFON                    E-MAIL
{mobile}        {email}

=== el_ocr | el | el-GR |
ΕΠΩΝΥΜΟ                    ΟΝΟΜΑ
{sur}          {given}
ΗΜ. ΓΕΝΝΗΣΗΣ               ΤΗΛΕΦΩΝΟ
{dob}             {mobile}
ΔΙΕΥΘΥΝΣΗ
{addr}

=== tr_md_cevap | tr | tr-TR | ans esc=md
| Alan | Değer |
|---|---|
| Ad Soyad | {full} |
| Doğum Tarihi | {dob} |
| Adres | {addr} |
| Telefon | {mobile} |
| E-posta | {email} |

=== uk_ocr | uk | uk-UA |
ПРІЗВИЩЕ, ІМ'Я, ПО БАТЬКОВІ
{fio}
ДАТА НАРОДЖЕННЯ            ТЕЛЕФОН
{dob}             {mobile}
АДРЕСА
{addr}

=== vi_hoa_don | vi | vi-VN |
HÓA ĐƠN BÁN HÀNG   Số: {ref:#######}   Ngày: {date}
Đơn vị bán: {co}
Người mua: {full}
Địa chỉ: {addr}
Điện thoại: {mobile}
Hàng hóa: {pick:Máy lạnh|Tủ lạnh|Điện thoại|Xe đạp}   Thành tiền: {amt:1000000-30000000} đ

=== th_baeng_khwam | th | th-TH |
ใบรับแจ้งความ — สถานีตำรวจ{pick:ทองหล่อ|ลุมพินี|ภูเก็ต}
ผู้แจ้ง: {full}
เลขประจำตัวประชาชน: {natid}
เกิดวันที่: {dob}
ที่อยู่: {addr}
โทร: {mobile}
เรื่อง: {pick:โทรศัพท์มือถือหาย|ถูกหลอกโอนเงิน|รถจักรยานยนต์ถูกขโมย}

=== id_laporan_polisi | id | id-ID |
SURAT TANDA PENERIMAAN LAPORAN
Nomor: STPL/{ref:####}/2024
Pelapor: {full}
NIK: {natid}
Tempat/tgl. lahir: {pob}, {dob}
Alamat: {addr}
No. HP: {mobile}
Perihal: {pick:kehilangan dompet dan KTP|penipuan jual beli online|pencurian sepeda motor}

=== ms_resit | ms | ms-MY |
RESIT RASMI No. {ref:######}   Tarikh: {date}
{co}
Diterima daripada: {full}
No. K/P: {natid}
Alamat: {addr}
Telefon: {mobile}
Bayaran untuk: {pick:Yuran tuisyen|Sewa bulanan|Servis penghawa dingin}   Jumlah: RM {amt:50-3000}

=== he_heshbonit | he | he-IL |
חשבונית מס / קבלה מס' {ref:#####}
{co}
לכבוד: {full}
כתובת: {addr}
ת"ז: {natid}
טלפון: {mobile}
פירוט: {pick:תיקון מזגן|הובלת דירה|שיעורים פרטיים}   סה"כ: {amt:300-6000} ₪

=== fa_shekayat | fa | fa-IR |
فرم ثبت شکایت
نام و نام خانوادگی شاکی: {full}
کد ملی: {natid}
تاریخ تولد: {dob:jalalifa}
نشانی: {addr}
تلفن همراه: {mobile}
شرح شکایت: {pick:کلاهبرداری اینترنتی|سرقت تلفن همراه|خسارت به خودرو}

=== ur_fir | ur | ur-PK |
درخواست برائے اندراج ایف آئی آر
سائل کا نام: {full}
شناختی کارڈ نمبر: {natid}
پتہ: {addr}
موبائل: {mobile}
واقعہ کی تاریخ: {date}
تفصیل: {pick:موبائل فون چوری ہو گیا|موٹر سائیکل چوری|آن لائن فراڈ}

=== hi_shikayat | hi | hi-IN |
ऑनलाइन शिकायत पंजीकरण
शिकायतकर्ता का नाम: {full}
जन्म तिथि: {dob}
पता: {addr}
मोबाइल: {mobile}
ईमेल: {email}
शिकायत: {pick:मोबाइल फोन चोरी|ऑनलाइन धोखाधड़ी|वाहन चोरी}

=== bn_abedon | bn | bn-BD |
পাসপোর্ট আবেদন ফরম (তথ্য সংক্ষেপ)
আবেদনকারীর নাম: {full}
ইংরেজিতে নাম: {up_given:l}
জন্ম তারিখ: {dob}
জাতীয় পরিচয়পত্র: {natid}
বর্তমান ঠিকানা: {addr}
মোবাইল: {mobile}
পূর্ববর্তী পাসপোর্ট নম্বর: {passport}

=== sw_ripoti_polisi | sw | en-KE |
TAARIFA YA POLISI (OB)
Nambari ya OB: {ref:##}/{ref:##}/{ref:##}/2024
Jina la mlalamikaji: {full}
Kitambulisho: {natid}
Makazi: {addr}
Simu: {mobile}
Tukio: {pick:Kupotea kwa simu|Wizi wa pikipiki|Ulaghai wa M-Pesa}

=== af_versekering | af | af-ZA |
EISVORM — MOTORVOERTUIG
Polisnommer: {ref:##########}
Versekerde: {full}, ID {natid}
Adres: {addr}
Selfoon: {mobile}
Registrasienommer: {plate}
Bestuurder: gebore {dob}, lisensienommer {dl}
Derde party: {p2.full}, {p2.mobile}

=== tl_resibo | tl | en-PH |
OPISYAL NA RESIBO Blg. {ref:######}   Petsa: {date}
{co}
Tinanggap mula kay: {full}
Tirahan: {addr}
Telepono: {mobile}
Bayad para sa: {pick:Buwanang upa|Matrikula|Serbisyo ng aircon}   Halaga: ₱{amt:500-30000}
"""
)

# --------------------------------------------------------------------------- templates: e-mail headers, vCards, labels, bilingual forms (various languages)
SOURCES.append(
    r"""
=== de_fwd_mail | de | de-DE de-AT de-CH |
---------- Weitergeleitete Nachricht ----------
Von: {full} <{email}>
Datum: {date}, {time}
Betreff: Unterlagen Wohnungsbewerbung
An: {p2.full} <{p2.email}>

Hallo {p2.given}, anbei meine Unterlagen. Meine neue Handynummer ist {mobile},
die aktuelle Adresse lautet {addr}. Viele Grüße, {given}

=== fr_fwd_mail | fr | fr-FR fr-BE fr-CH fr-CA |
---------- Message transféré ---------
De : {full} <{email}>
Date : {date} à {time}
Objet : Dossier d'inscription
À : {p2.full} <{p2.email}>

Bonjour, voici mes coordonnées pour le dossier : {addr}, tél. {mobile}.
Cordialement, {full}

=== es_fwd_mail | es | es-ES es-MX es-AR es-CO |
---------- Mensaje reenviado ---------
De: {full} <{email}>
Fecha: {date}, {time}
Asunto: Datos para el contrato
Para: {p2.full} <{p2.email}>

Hola {p2.given}: te paso mis datos. Domicilio: {addr}. Móvil: {mobile}. Un saludo.

=== it_fwd_mail | it | it-IT |
---------- Messaggio inoltrato ---------
Da: {full} <{email}>
Data: {date}, {time}
Oggetto: Dati per la fattura
A: {p2.full} <{p2.email}>

Buongiorno, i miei dati: {addr}, C.F. {natid}, cell. {mobile}. Grazie, {given}

=== pt_fwd_mail | pt | pt-PT pt-BR |
---------- Mensagem encaminhada ---------
De: {full} <{email}>
Data: {date}, {time}
Assunto: Documentos para a matrícula
Para: {p2.full} <{p2.email}>

Olá! Seguem os meus dados: morada {addr}, telemóvel {mobile}. Obrigado, {given}

=== nl_fwd_mail | nl | nl-NL nl-BE |
---------- Doorgestuurd bericht ---------
Van: {full} <{email}>
Datum: {date} {time}
Onderwerp: Gegevens huurcontract
Aan: {p2.full} <{p2.email}>

Hoi {p2.given}, hierbij mijn gegevens: {addr}, tel. {mobile}. Groet, {given}

=== pl_fwd_mail | pl | pl-PL |
---------- Wiadomość przekazana dalej ---------
Od: {full} <{email}>
Data: {date}, {time}
Temat: Dane do umowy
Do: {p2.full} <{p2.email}>

Dzień dobry, przesyłam dane: adres {addr}, tel. {mobile}, PESEL {natid}. Pozdrawiam

=== ja_fwd_mail | ja | ja-JP |
---------- 転送されたメッセージ ---------
差出人: {full} <{email}>
日付: {date} {time}
件名: 申込書の件
宛先: {p2.full} <{p2.email}>

{p2.sur}様
お世話になっております。住所は {addr}、携帯は {mobile} です。よろしくお願いいたします。

=== de_vcard | de | de-DE de-AT de-CH | noocr
BEGIN:VCARD
VERSION:4.0
N:{sur};{given};;;
FN:{full}
TEL;TYPE=cell:{mobile}
EMAIL;TYPE=home:{email}
ADR;TYPE=home:;;{street};{town};;;{country}
BDAY:{dob:compact}
END:VCARD

=== fr_vcard | fr | fr-FR fr-BE | noocr
BEGIN:VCARD
VERSION:3.0
N:{sur};{given};;;
FN:{full}
TEL;TYPE=CELL:{mobile}
EMAIL:{email}
ADR;TYPE=HOME:;;{street};{town};;;{country}
NOTE:Voisin - clés de secours
END:VCARD

=== ja_vcard | ja | ja-JP | noocr
BEGIN:VCARD
VERSION:3.0
N:{sur};{given};;;
FN:{full}
X-PHONETIC-LAST-NAME:{kana}
TEL;TYPE=CELL:{mobile}
EMAIL:{email}
ADR;TYPE=HOME:;;{addr};;;;
END:VCARD

=== ru_vcard | ru | ru-RU | noocr
BEGIN:VCARD
VERSION:3.0
N:{sur};{given};{mid};;
FN:{full}
TEL;TYPE=CELL:{mobile}
EMAIL:{email}
BDAY:{dob:iso}
END:VCARD

=== es_ics | es | es-ES es-MX | noocr
BEGIN:VCALENDAR
BEGIN:VEVENT
DTSTART:{date:compact}T{pick:090000|113000|170000}
SUMMARY:Firma del contrato - {full}
DESCRIPTION:Traer DNI. Contacto: {mobile}
LOCATION:{co}
ATTENDEE;CN={full}:mailto:{email}
END:VEVENT
END:VCALENDAR

=== de_dhl_label | de | de-DE |
DHL PAKET  bis 5 kg
Absender: {co}, {coaddr}
Empfänger:
{full}
{addr_ml}
Sendungsnummer: {ref:00340434 ###### ######}
Tel. Empfänger (für Paketankündigung): {mobile}

=== fr_colissimo | fr | fr-FR |
COLISSIMO — Expédition n° {ref:6A###########}
EXPÉDITEUR : {co}, {coaddr}
DESTINATAIRE :
{up_given}
{addr_ml}
Tél. : {mobile}
Instructions : {pick:digicode 1234A|laisser chez le gardien|appeler avant livraison}

=== pl_inpost | pl | pl-PL |
PACZKOMAT InPost — potwierdzenie nadania
Nadawca: {co}
Odbiorca: {full}
Telefon odbiorcy: {mobile}
E-mail odbiorcy: {email}
Paczkomat docelowy: {pick:WAW12M|KRA03A|GDA88N|POZ21B}
Adres domowy (na wypadek zwrotu): {addr}
Numer przesyłki: {ref:6#####################}

=== fi_sv_bilingual | fi | fi-FI |
Nimi / Namn: {full}
Henkilötunnus / Personbeteckning: {natid}
Osoite / Adress: {addr}
Puhelin / Telefon: {mobile}
Sähköposti / E-post: {email}
Allekirjoitus / Underskrift: {sig}

=== be_fr_nl_bilingual | fr | fr-BE nl-BE |
Nom / Naam : {full}
Date de naissance / Geboortedatum : {dob}
N° registre national / Rijksregisternummer : {natid}
Adresse / Adres : {addr}
GSM : {mobile}
Compte bancaire / Bankrekening : {iban}

=== ch_de_fr_it | de | de-CH fr-CH |
Name / Nom / Cognome: {sur}
Vorname / Prénom / Nome: {given}
Geburtsdatum / Date de naissance / Data di nascita: {dob}
Adresse / Indirizzo: {addr}
Telefon / Téléphone / Telefono: {mobile}
AHV-Nr. / No AVS / N. AVS: {natid}

=== ca_es_bilingue | ca | ca-ES |
Nom i cognoms / Nombre y apellidos: {full}
DNI: {natid}
Data de naixement / Fecha de nacimiento: {dob}
Adreça / Dirección: {addr}
Telèfon / Teléfono: {mobile}
Correu electrònic / Correo electrónico: {email}

=== zh_en_bilingual | zh | zh-CN zh-TW |
姓名 Name：{full}　{full_l}
出生日期 Date of Birth：{dob}
护照号码 Passport No.：{passport}
地址 Address：{addr}
电话 Tel：{phone:intl}
电子邮件 E-mail：{email}

=== ar_en_bilingual | ar | ar-SA ar-AE ar-EG |
الاسم / Name: {full} / {full_l}
تاريخ الميلاد / Date of Birth: {dob:iso}
رقم الجواز / Passport No.: {passport}
العنوان / Address: {addr}
الجوال / Mobile: {phone:intl}
البريد الإلكتروني / Email: {email}

=== ko_en_bilingual | ko | ko-KR |
성명 / Name: {full} / {up_given:l}
생년월일 / Date of Birth: {dob:iso}
여권번호 / Passport No.: {passport}
주소 / Address: {addr}
연락처 / Tel: {phone:intl}

=== he_en_bilingual | he | he-IL |
שם / Name: {full} / {full_l}
תאריך לידה / Date of birth: {dob}
מספר דרכון / Passport no.: {passport}
כתובת / Address: {addr}
טלפון / Phone: {phone:intl}

=== ru_en_bilingual | ru | ru-RU |
Ф.И.О. / Full name: {fio} / {full_l}
Дата рождения / Date of birth: {dob}
Загранпаспорт / Passport No.: {passport}
Адрес / Address: {addr}
Телефон / Phone: {phone:intl}
E-mail: {email}

=== de_krypto_kyc | de | de-DE de-AT de-CH |
Identitätsprüfung — Kryptobörse
Vorname: {given}      Nachname: {sur}
Geburtsdatum: {dob}
Wohnadresse: {addr}
Telefon: {mobile}
Auszahlungsadresse ({pick:BTC|ETH}): {crypto}
Referenzkonto: {iban}
Anmelde-IP: {ip}

=== ja_crypto | ja | ja-JP |
暗号資産 出金申請
氏名：{full}
生年月日：{dob}
住所：{addr}
出金先アドレス：{crypto}
出金数量：{pick:0.05 BTC|1.2 ETH|0.3 BTC}
申請元IPアドレス：{ip}

=== es_cripto | es | es-ES es-MX es-AR |
SOLICITUD DE RETIRO — Exchange
Titular: {full}
Documento: {natid}
Correo: {email}
Dirección de retiro ({pick:USDT-ERC20|ETH|BTC}): {crypto}
IP de la solicitud: {ip}

=== fr_wifi_it | fr | fr-FR fr-BE fr-CH fr-CA |
DEMANDE D'ACCÈS INFORMATIQUE
Demandeur : {full}   Courriel pro : {wemail}
Poste : {pick:comptable|stagiaire|chef de projet|technicien}
Adresse MAC du portable : {mac}
Adresse IP fixe attribuée : {ip}
Mot de passe provisoire : {secret:pw}
Valideur : {p2.full}

=== de_it_antrag | de | de-DE de-AT de-CH |
IT-Zugangsantrag
Mitarbeiter/in: {full}   Personalnr. {ref:#####}
Dienstliche E-Mail: {wemail}
Gerät: {pick:ThinkPad T14|MacBook Pro|Dell XPS}   MAC-Adresse: {mac}
VPN-Startpasswort: {secret:pw}
Heimnetz-IP (für Freigabe): {ip}
Genehmigt durch: {p2.full}

=== us_itin_renewal | en-US | en-US |
ITIN renewal checklist (client copy)
Client: {full}
Current ITIN: {itin}   (expired {date})
Date of birth: {dob:us}
Passport: {passport}   Country: {pick:Mexico|Honduras|China|Brazil}
Mailing address: {addr}
Phone: {mobile}
Dependents renewing: {p2.full}, ITIN {p2.itin}
"""
)

# --------------------------------------------------------------------------- templates: nothing to remove (various languages)
SOURCES.append(
    r"""
=== es_blank_factura_b2b | es | es-ES | blank
{co}
{coaddr} · CIF B{ref:########}
FACTURA Nº {ref:####/##}     Fecha: {date}
Cliente: {co2}, {coaddr2}
Concepto: {pick:Servicios de consultoría|Alquiler de maquinaria|Mantenimiento informático}   Base: {amt:500-9000} €
IVA 21 %   Total: {amt:600-11000} €
Contacto administración: {comail} · {cophone}

=== it_blank_avviso | it | it-IT | blank
AVVISO ALLA CLIENTELA
{co} comunica che dal {fdate} gli uffici di {coaddr} saranno chiusi per ristrutturazione.
Per informazioni: {comail} — centralino {cophone}.

=== pt_blank_fatura | pt | pt-PT | blank
{co} — NIF {ref:#########}
{coaddr}
FATURA FT {ref:2024/###}   Data: {date}
Cliente: {co2}, {coaddr2}
Descrição: {pick:Serviços de limpeza|Manutenção de elevadores|Consultoria fiscal}   Total: {amt:200-8000} €
Dúvidas: {comail}

=== nl_blank_leeg | nl | nl-NL | blank
AANVRAAGFORMULIER PARKEERVERGUNNING
Naam: ______________________
Adres: ______________________
Kenteken: ______________
Stuur het ingevulde formulier naar {comail}.
{co} · {coaddr} · {cophone}

=== pl_blank_pusty | pl | pl-PL | blank
WNIOSEK O WYDANIE KARTY PARKINGOWEJ
Imię i nazwisko: ...............................
Adres zamieszkania: ...............................
Nr rejestracyjny: ..............
Wniosek należy złożyć w {co}, {coaddr} lub przesłać na {comail}.

=== ja_blank_kuuran | ja | ja-JP | blank
申込書（未記入）
氏名：＿＿＿＿＿＿＿＿＿＿
住所：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
電話番号：＿＿＿＿＿＿＿＿
提出先：{co}　{coaddr}
お問い合わせ：{cophone}（平日9:00〜17:00）

=== zh_blank_gongsi | zh | zh-CN | blank
供应商信息登记表
公司名称：{co}
注册地址：{coaddr}
联系电话：{cophone}
企业邮箱：{comail}
统一社会信用代码：91{ref:################}
开户银行：（由财务部门填写）

=== ru_blank_pustoy | ru | ru-RU | blank
ЗАЯВЛЕНИЕ (бланк)
Ф.И.О. ____________________________________
Адрес регистрации: __________________________
Телефон: ____________________
Заявление направляется в {co} по адресу: {coaddr}, либо на {comail}.

=== tr_blank_firma | tr | tr-TR | blank
{co}
{coaddr}
Müşteri Hizmetleri: {cophone}   E-posta: {comail}
Vergi Dairesi: {pick:Kadıköy|Çankaya|Konak}   Vergi No: {ref:##########}
Çalışma saatleri: Hafta içi 09:00–18:00

=== ar_blank_sharika | ar | ar-SA ar-AE | blank
{co}
العنوان: {coaddr}
هاتف: {cophone}
البريد: {comail}
السجل التجاري: {ref:##########}
ساعات العمل: من الأحد إلى الخميس 8:00 - 17:00

=== de_blank_rechnung_b2b | de | de-DE | blank
{co} · {coaddr}
An: {co2}, {coaddr2}
Rechnung Nr. {ref:RE-#####} vom {date}
Leistung: {pick:Wartung Klimaanlage|Gebäudereinigung Q3|Softwarelizenzen}   Netto: {amt:500-12000} €
USt 19 %   Brutto: {amt:600-14000} €
Zahlbar bis {fdate}. Rückfragen: {comail}

=== fr_blank_formulaire | fr | fr-FR fr-BE | blank
FORMULAIRE DE RÉCLAMATION
Nom : ____________________  Prénom : ____________________
Adresse : ______________________________________________
N° de client : __________
À retourner à {co}, Service clients, {coaddr} — {comail}
"""
)

# --------------------------------------------------------------------------- more envelopes
SOURCES.append(
    r"""
=== env_es_json | es | * | env esc=json
{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Revisa este formulario y dime si falta algún dato obligatorio:\n\n{body}"}]}

=== env_it_check | it | * | env
Puoi controllare se questo modulo è compilato correttamente?

{body}

=== env_pt_json | pt | * | env esc=json
{"model": "gpt-4o", "messages": [{"role": "system", "content": "Você extrai dados de documentos."}, {"role": "user", "content": "{body}"}]}

=== env_zh_json | zh | * | env esc=jsona
{"model": "qwen-plus", "messages": [{"role": "user", "content": "\u8bf7\u628a\u4e0b\u9762\u7684\u5185\u5bb9\u6574\u7406\u6210\u8868\u683c\uff1a\n{body}"}]}

=== env_ar_prompt | ar | * | env
استخرج البيانات من هذا النموذج وأعدها بصيغة JSON:

{body}

=== env_sv_prompt | sv | * | env
Kan du plocka ut alla uppgifter ur blanketten nedan och ställa upp dem som en lista?

{body}

=== env_cs_prompt | cs | * | env
Vytáhni prosím údaje z tohoto formuláře a vrať je jako JSON:

{body}

=== env_vi_prompt | vi | * | env
Hãy trích xuất các trường thông tin từ biểu mẫu sau và trả về dạng JSON:

{body}

=== env_id_prompt | id | * | env
Tolong ekstrak data dari formulir berikut ke format JSON:

{body}

=== env_en_compare | en | * | env
Compare the two versions of this form and tell me what changed. Version 2 below:

{body}

=== env_en_redact_ask | en | * | env
Before I upload this to the portal, which fields here are sensitive?

{body}

=== env_en_tool_call | en | * | env esc=json
{"role": "tool", "tool_call_id": "call_{ref:%%%%%%%%%%%%}", "name": "ocr_document", "content": "{body}"}

=== resp_tool_result | en | * | env resp esc=json
{"type": "tool_use", "id": "toolu_{ref:%%%%%%%%%%%%%%%%}", "name": "save_record", "input": {"source": "form", "extracted_text": "{body}"}}

=== resp_it | it | * | env resp
Ecco i dati estratti dal modulo:

{body}

=== resp_pt | pt | * | env resp
Seguem os dados extraídos:

{body}

=== resp_ru | ru | * | env resp
Вот извлечённые данные:

{body}

=== resp_ko | ko | * | env resp
추출한 정보는 다음과 같습니다.

{body}
"""
)

# --------------------------------------------------------------------------- templates: passport data pages (MRZ)
SOURCES.append(
    r"""
=== int_passport_mrz | en | * | noocr
PASSPORT DATA PAGE (scan, text layer)
Type: P     Code of issuing State: {iso3}     Passport No.: {passport}
Surname: {sur_up:l}
Given names: {given_l}
Nationality: {nat}
Date of birth: {dob:mon}      Sex: {sexc}
Place of birth: {pob}
Date of issue: {date:mon}     Date of expiry: {ppexp:mon}

{mrz}

=== fr_passeport_mrz | fr | fr-FR fr-BE fr-CH | noocr
Copie du passeport — page d'identité
Nom : {sur_up:l}
Prénoms : {given_l}
Date de naissance : {dob}
N° du passeport : {passport}

{mrz}

=== es_pasaporte_mrz | es | es-ES es-MX es-AR es-CO | noocr
Pasaporte — texto extraído
Apellidos / Surname: {sur_up:l}
Nombre / Given names: {given_l}
Fecha de nacimiento / Date of birth: {dob:mon}
Nº pasaporte / Passport No.: {passport}

{mrz}
"""
)

# --------------------------------------------------------------------------- templates: mixed-language forms, statement headers
SOURCES.append(
    r"""
=== int_en_native_values | en | ja-JP zh-CN zh-TW ko-KR ru-RU uk-UA ar-SA ar-EG el-GR th-TH he-IL bg-BG sr-RS fa-IR hi-IN |
VISITOR REGISTRATION (filled in by guest)
Name (as written in your language): {full_n}
Name (Latin letters): {full_l}
Date of birth: {dob:iso}
Home address: {addr:n}
Phone: {phone:intl}
E-mail: {email}

=== int_en_labels_native_kv | en | ja-JP zh-CN ko-KR ru-RU ar-SA he-IL th-TH el-GR |
Customer record (imported from local branch system)
customer_name: {full_n}
customer_name_latin: {up_given:l}
birth_date: {dob:iso}
address_local: {addr:n}
mobile: {mobile}
email: {email}
passport_no: {passport}

=== es_labels_us_person | es | en-US |
SOLICITUD DE SERVICIO (formulario en español)
Nombre completo: {full}
Fecha de nacimiento: {dob:us}
Dirección: {addr}
Teléfono: {phone}
Correo electrónico: {email}
Número de Seguro Social: {ssn}

=== de_labels_intl_person | de | en-GB en-US tr-TR pl-PL ro-RO it-IT |
Gästeblatt / Anmeldung Sprachkurs
Name: {full}
Geburtsdatum: {dob:dmy.}
Heimatanschrift: {addr_c}
Telefon: {phone:intl}
E-Mail: {email}
Reisepassnummer: {passport}

=== fr_releve | fr | fr-FR fr-BE |
RELEVÉ DE COMPTE — {pick:Crédit Provençal|Banque Populaire|La Banque Postale}
{title} {full}
{addr_ml}
Compte chèque n° {acct:11}
IBAN : {iban}     BIC : {bic}
Période du {date} au {date}
Ancien solde créditeur : {amt:100-8000} €
{date}  PRLV SEPA {co}          -{amt:20-150}
{date}  VIR SALAIRE                 +{amt:1200-3900}

=== es_extracto | es | es-ES |
EXTRACTO DE CUENTA — {pick:Banco Santander|BBVA|CaixaBank|Unicaja}
Titular: {full}
Domicilio: {addr}
IBAN: {iban}
Periodo: {date} - {date}
Saldo anterior: {amt:100-9000} €
{date}  Recibo {co}            -{amt:20-200}
{date}  Transferencia recibida  +{amt:100-3000}

=== it_estratto | it | it-IT |
ESTRATTO CONTO — {pick:Banca Popolare del Tirreno|Intesa Sanpaolo|UniCredit|BPER}
Intestatario: {full}
Indirizzo: {addr}
IBAN: {iban}
Saldo iniziale al {date}: € {amt:100-9000}
{date}  Addebito SDD {co}        -{amt:20-200}
{date}  Bonifico a favore        +{amt:100-3000}

=== nl_afschrift | nl | nl-NL |
REKENINGAFSCHRIFT — {pick:ING|Rabobank|ABN AMRO|ASN Bank}
Rekeninghouder: {full}
Adres: {addr}
IBAN: {iban}
Periode: {date} t/m {date}
Beginsaldo: € {amt:100-9000}
{date}  Incasso {co}          -{amt:20-200}
{date}  Salaris               +{amt:1500-4500}
"""
)
